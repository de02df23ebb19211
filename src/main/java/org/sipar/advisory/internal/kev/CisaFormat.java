package org.sipar.advisory.internal.kev;

import java.io.InputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.sipar.platform.InputRejected;
import org.sipar.platform.InputRejected.Problem;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * CISA's KEV catalogue JSON (known_exploited_vulnerabilities.json): read whole or refused naming the entry and
 * field, and written in CISA's layout, its fields in CISA's order.
 */
@Component
class CisaFormat {

    static final String TITLE = "National Catalog of Known Exploited Vulnerabilities";
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyy.MM.dd").withZone(ZoneOffset.UTC);
    /** At most this many problems are named: a file wrong throughout says so in its first ones. */
    private static final int MOST_PROBLEMS = 20;

    private final JsonMapper json = JsonMapper.builder().build();

    /** The entries of a catalogue file, every one of them checked; else the failure naming each bad field. */
    List<KevEntry> read(InputStream in) {
        JsonNode root;
        try {
            root = json.readTree(in);
        } catch (JacksonException e) {
            throw new InputRejected("file", null, "is not JSON: " + e.getOriginalMessage());
        }
        JsonNode list = root == null ? null : root.get("vulnerabilities");
        if (list == null || !list.isArray()) {
            throw new InputRejected("vulnerabilities", null, "is missing or not an array: this is not a KEV catalogue");
        }
        List<KevDraft> drafts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < list.size() && problems.size() < MOST_PROBLEMS; i++) {
            String at = "vulnerabilities[" + i + "].";
            KevDraft draft = draft(list.get(i), at, problems);
            problems.addAll(draft.problems(at));
            drafts.add(draft);
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems.subList(0, Math.min(problems.size(), MOST_PROBLEMS)));
        }
        return drafts.stream().map(KevDraft::entry).toList();
    }

    private static KevDraft draft(JsonNode v, String at, List<Problem> problems) {
        if (!v.isObject()) {
            problems.add(new Problem(at.substring(0, at.length() - 1), v.toString(), "is not an object"));
        }
        JsonNode cwes = v.path("cwes");
        List<String> cweList = new ArrayList<>();
        if (cwes.isArray()) {
            cwes.forEach(c -> cweList.add(c.asString("")));
        } else if (!cwes.isMissingNode() && !cwes.isNull()) {
            problems.add(new Problem(at + "cwes", cwes.toString(), "is not an array of CWE identifiers"));
        }
        return new KevDraft(text(v, "cveID"), text(v, "vendorProject"), text(v, "product"),
                text(v, "vulnerabilityName"), text(v, "dateAdded"), text(v, "shortDescription"),
                text(v, "requiredAction"), text(v, "dueDate"), text(v, "knownRansomwareCampaignUse"),
                text(v, "notes"), String.join(",", cweList));
    }

    private static String text(JsonNode v, String field) {
        JsonNode value = v.get(field);
        return value == null || value.isNull() ? null : value.isString() ? value.asString() : value.toString();
    }

    /** The catalogue in CISA's layout. */
    byte[] write(List<KevEntry> entries, Revision revision) {
        ObjectNode root = json.createObjectNode();
        root.put("title", TITLE);
        root.put("catalogVersion", VERSION.format(revision.changedAt()));
        root.put("dateReleased", revision.changedAt().toString());
        root.put("count", entries.size());
        ArrayNode list = root.putArray("vulnerabilities");
        for (KevEntry e : entries) {
            ObjectNode v = list.addObject();
            v.put("cveID", e.cveId());
            v.put("vendorProject", e.vendorProject());
            v.put("product", e.product());
            v.put("vulnerabilityName", e.vulnerabilityName());
            v.put("dateAdded", e.dateAdded().toString());
            v.put("shortDescription", e.shortDescription());
            v.put("requiredAction", e.requiredAction());
            v.put("dueDate", e.dueDate().toString());
            v.put("knownRansomwareCampaignUse", e.knownRansomwareCampaignUse());
            v.put("notes", e.notes());
            e.cwes().forEach(v.putArray("cwes")::add);
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }
}
