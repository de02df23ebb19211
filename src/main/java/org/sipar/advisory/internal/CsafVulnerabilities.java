package org.sipar.advisory.internal;

import java.util.List;
import java.util.Optional;
import org.sipar.advisory.internal.AdvisoryContent.Vulnerability;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code vulnerabilities} of an advisory's CSAF document: CVE, CWE, a description note, the products' status
 * (known affected, fixed), the remediation for the affected products, and the scores ({@link Scores}).
 */
@Component
class CsafVulnerabilities {

    private final Scores scores;

    CsafVulnerabilities(Scores scores) {
        this.scores = scores;
    }

    ArrayNode of(AdvisoryContent content, String lang) {
        ArrayNode list = JsonMapper.shared().createArrayNode();
        content.vulnerabilities().forEach(v -> list.add(one(v, lang)));
        return list;
    }

    /** The highest CVSS base severity among the vulnerabilities, in the words CVSS gives it ("High"). */
    Optional<String> aggregateSeverity(AdvisoryContent content) {
        return scores.highestSeverity(content.vulnerabilities());
    }

    private ObjectNode one(Vulnerability v, String lang) {
        ObjectNode node = JsonMapper.shared().createObjectNode();
        if (!v.cve().isEmpty()) {
            node.put("cve", v.cve());
        }
        if (!v.cwe().isEmpty()) {
            node.putObject("cwe").put("id", v.cwe()).put("name", v.cweName());
        }
        String notes = v.notes().in(lang);
        ArrayNode noteList = node.putArray("notes");
        if (!notes.isBlank()) {
            noteList.addObject().put("category", "description").put("text", notes);
        }
        scores.cvss40Note(v).ifPresent(text -> noteList.addObject().put("category", "other").put("text", text)
                .put("title", "CVSS v4.0"));
        if (noteList.isEmpty()) {
            node.remove("notes");
        }
        status(node.putObject("product_status"), v);
        remediation(node, v, lang);
        scores.csaf(v).ifPresent(s -> node.set("scores", s));
        if (!v.title().in(lang).isBlank()) {
            node.put("title", v.title().in(lang));
        }
        return node;
    }

    private static void status(ObjectNode status, Vulnerability v) {
        ids(status, "fixed", v.fixed());
        ids(status, "known_affected", v.affected());
    }

    private static void remediation(ObjectNode node, Vulnerability v, String lang) {
        String details = v.remediation().in(lang);
        if (details.isBlank() || v.affected().isEmpty()) {
            return;
        }
        ObjectNode r = node.putArray("remediations").addObject().put("category", v.remediationCategory())
                .put("details", details);
        ids(r, "product_ids", v.affected());
    }

    private static void ids(ObjectNode node, String field, List<Integer> indexes) {
        if (!indexes.isEmpty()) {
            ArrayNode ids = node.putArray(field);
            indexes.stream().distinct().sorted().forEach(i -> ids.add(CsafProducts.id(i)));
        }
    }
}
