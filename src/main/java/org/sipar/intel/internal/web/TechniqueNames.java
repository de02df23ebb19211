package org.sipar.intel.internal.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sipar.intel.Intelligence;
import org.sipar.intel.ObjectQuery;
import org.sipar.intel.StoredObject;
import org.sipar.sharing.Reader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** The names ("T0866 Exploitation of Remote Services") of the techniques a reader may see, read under the policy. */
@Component
class TechniqueNames {

    private final Intelligence intelligence;

    TechniqueNames(Intelligence intelligence) {
        this.intelligence = intelligence;
    }

    /** The names of those of {@code ids} that {@code reader} may see; an id they may not see is left out. */
    Map<String, String> names(Reader reader, List<String> ids) {
        Map<String, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        for (StoredObject o : intelligence.objects(reader, ObjectQuery.all(ids.size()).withIds(ids)
                .withTypes(List.of("attack-pattern"))).objects()) {
            if (o.json() != null) {
                names.put(o.id(), name(o.content()));
            }
        }
        return names;
    }

    private static String name(JsonNode technique) {
        String name = technique.path("name").asString(technique.path("id").asString());
        for (JsonNode ref : technique.path("external_references")) {
            if (ref.path("source_name").asString("").startsWith("mitre") && ref.has("external_id")) {
                return ref.path("external_id").asString() + " " + name;
            }
        }
        return name;
    }
}
