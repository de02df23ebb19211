package org.sipar.intel.internal.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sipar.intel.Intelligence;
import org.sipar.intel.ObjectQuery;
import org.sipar.intel.StoredObject;
import org.sipar.intel.VersionSelection;
import org.sipar.platform.NotFound;
import org.sipar.sharing.Reader;
import org.sipar.sharing.Readers;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The intelligence pages: one object with its graph and techniques (the list: {@link ListPage}; imports: {@link ImportPages}). */
@Controller
class IntelPages {

    private final Intelligence intelligence;
    private final Readers readers;
    private final JsonMapper json;

    IntelPages(Intelligence intelligence, Readers readers, JsonMapper json) {
        this.intelligence = intelligence;
        this.readers = readers;
        this.json = json;
    }

    @GetMapping("/intel/objects/{id}")
    String object(Authentication auth, @PathVariable String id, Model model) {
        Reader reader = readers.of(auth);
        List<StoredObject> versions = intelligence.objects(reader,
                ObjectQuery.all(1000).withIds(List.of(id)).withVersions(List.of(VersionSelection.ALL))).objects();
        if (versions.isEmpty()) {
            throw new NotFound("object", id);
        }
        ObjectView latest = ObjectView.of(versions.getLast(), json);
        List<StoredObject> relationships = intelligence.relationships(reader, id);
        model.addAttribute("object", latest);
        model.addAttribute("versions", versions.stream().map(StoredObject::modified).toList().reversed());
        model.addAttribute("graph", relationships.isEmpty() ? null : graph(reader, latest, relationships));
        model.addAttribute("matrix", matrix(reader, id, relationships));
        return "intel/object";
    }

    private Graph graph(Reader reader, ObjectView centre, List<StoredObject> relationships) {
        List<Graph.Link> links = new ArrayList<>();
        for (StoredObject r : relationships) {
            JsonNode rel = r.content();
            boolean outgoing = centre.id().equals(rel.path("source_ref").asString());
            links.add(new Graph.Link(rel.path(outgoing ? "target_ref" : "source_ref").asString(),
                    rel.path("relationship_type").asString(), outgoing));
        }
        Map<String, String> labels = new HashMap<>();
        names(reader, links.stream().map(Graph.Link::other).distinct().toList())
                .forEach(o -> labels.put(o.path("id").asString(), o.path("name").asString(o.path("id").asString())));
        return Graph.around(centre.id(), centre.name(), centre.type(), links, labels);
    }

    private AttackMatrix matrix(Reader reader, String id, List<StoredObject> relationships) {
        List<String> techniques = relationships.stream().map(r -> r.content())
                .filter(r -> id.equals(r.path("source_ref").asString()) && "uses".equals(r.path("relationship_type").asString()))
                .map(r -> r.path("target_ref").asString()).filter(t -> t.startsWith("attack-pattern--")).distinct().toList();
        return techniques.isEmpty() ? null : AttackMatrix.of(names(reader, techniques));
    }

    private List<JsonNode> names(Reader reader, List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return intelligence.objects(reader, ObjectQuery.all(1000).withIds(ids)).objects().stream().map(o -> o.content()).toList();
    }
}
