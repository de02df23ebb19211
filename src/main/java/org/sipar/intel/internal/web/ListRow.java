package org.sipar.intel.internal.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sipar.intel.Intelligence;
import org.sipar.intel.ObjectQuery;
import org.sipar.intel.StoredObject;
import org.sipar.platform.Ui;
import org.sipar.sharing.Reader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One row of the intelligence list: the object, its ATT&CK id (the {@code external_id} of its mitre-attack
 * reference), whether ATT&CK deprecated it, and for a relationship its two ends as the reader may see them.
 */
public record ListRow(ObjectView object, String attackId, boolean deprecated, End source, String verb, End target) {

    /**
     * One end of a relationship: its type (from its id, which the relationship itself shows) and its name, or
     * null when the reader may not see that object, which is then shown by its type alone.
     */
    public record End(String id, String type, String name) {
    }

    /** Whether this row is a relationship shown as source → verb → target. */
    public boolean relationship() {
        return source != null;
    }

    /** The rows of {@code page}, the names of relationships' ends read through {@code reader}'s view. */
    static List<ListRow> of(List<StoredObject> page, Reader reader, Intelligence intelligence, JsonMapper json) {
        List<String> ends = page.stream().filter(o -> "relationship".equals(o.type())).map(StoredObject::content)
                .flatMap(r -> Stream.of(r.path("source_ref").asString(""), r.path("target_ref").asString("")))
                .filter(id -> !id.isEmpty()).distinct().toList();
        Map<String, String> names = new HashMap<>();
        if (!ends.isEmpty()) {
            intelligence.objects(reader, ObjectQuery.all(ends.size()).withIds(ends)).objects().forEach(o ->
                    names.put(o.id(), ObjectView.of(o, json).name()));
        }
        return page.stream().map(o -> row(o, json, names)).toList();
    }

    private static ListRow row(StoredObject stored, JsonMapper json, Map<String, String> names) {
        JsonNode o = stored.content();
        String attackId = null;
        for (JsonNode ref : o.path("external_references")) {
            if ("mitre-attack".equals(ref.path("source_name").asString("")) && ref.hasNonNull("external_id")) {
                attackId = ref.path("external_id").asString();
                break;
            }
        }
        boolean deprecated = o.path("x_mitre_deprecated").asBoolean(false);
        if (!"relationship".equals(stored.type())) {
            return new ListRow(ObjectView.of(stored, json), attackId, deprecated, null, null, null);
        }
        return new ListRow(ObjectView.of(stored, json), attackId, deprecated, end(o.path("source_ref").asString(""), names),
                o.path("relationship_type").asString(""), end(o.path("target_ref").asString(""), names));
    }

    private static End end(String id, Map<String, String> names) {
        int cut = id.indexOf("--");
        return new End(id, cut < 0 ? id : id.substring(0, cut), names.get(id));
    }

    /** The STIX types that have a translated name ({@code stix.type.<type>}): for pages whose scripts draw types. */
    public static final List<String> NAMED_TYPES = List.of(
            "attack-pattern", "campaign", "course-of-action", "grouping", "identity", "incident", "indicator",
            "infrastructure", "intrusion-set", "location", "malware", "malware-analysis", "note", "observed-data",
            "opinion", "report", "threat-actor", "tool", "vulnerability", "relationship", "sighting", "artifact",
            "autonomous-system", "directory", "domain-name", "email-addr", "email-message", "file", "ipv4-addr",
            "ipv6-addr", "mac-addr", "mutex", "network-traffic", "process", "software", "url", "user-account",
            "windows-registry-key", "x509-certificate", "marking-definition", "language-content",
            "extension-definition", "x-mitre-tactic", "x-mitre-matrix", "x-mitre-data-source",
            "x-mitre-data-component", "x-mitre-asset", "x-mitre-collection", "x-mitre-detection-strategy", "x-mitre-analytic");

    /** The translated name of STIX type {@code type} ({@code stix.type.<type>}), or the type itself for others. */
    public static String typeName(Ui ui, String type) {
        String key = "stix.type." + type;
        String name = ui.t(key);
        return name.equals(key) ? type : name;
    }
}
