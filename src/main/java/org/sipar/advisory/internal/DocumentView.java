package org.sipar.advisory.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A published document as its page shows it, read from the CSAF JSON served (so the page says what the document
 * says): the notes as safe HTML, the products by id, each vulnerability with its status, scores and remediations.
 */
public record DocumentView(PublishedDocument document, String version, String summaryHtml, String detailsHtml,
                           String withdrawnHtml, Map<String, String> products, List<VulnerabilityView> vulnerabilities,
                           List<Link> references, List<String> acknowledgments, List<Revision> history) {

    public record VulnerabilityView(String cve, String cwe, String title, String notesHtml, String cvss31,
                                    String score, String severity, List<String> affected, List<String> fixed,
                                    List<String> remediations) {
    }

    public record Link(String url, String summary) {
    }

    public record Revision(String number, String date, String summary) {
    }

    public static DocumentView of(PublishedDocument d) {
        JsonNode root = JsonMapper.shared().readTree(d.json());
        JsonNode doc = root.path("document");
        Map<String, String> products = new LinkedHashMap<>();
        collect(root.path("product_tree").path("branches"), products);
        List<VulnerabilityView> vulnerabilities = new ArrayList<>();
        root.path("vulnerabilities").forEach(v -> vulnerabilities.add(vulnerability(v, products)));
        List<Link> references = new ArrayList<>();
        doc.path("references").forEach(r -> {
            if (!"self".equals(r.path("category").asString(""))) {
                references.add(new Link(r.path("url").asString(""), r.path("summary").asString("")));
            }
        });
        List<String> thanks = new ArrayList<>();
        doc.path("acknowledgments").forEach(a -> a.path("names").forEach(n -> thanks.add(n.asString(""))));
        List<Revision> history = new ArrayList<>();
        doc.path("tracking").path("revision_history").forEach(r -> history.add(new Revision(r.path("number").asString(""),
                r.path("date").asString(""), r.path("summary").asString(""))));
        return new DocumentView(d, doc.path("tracking").path("version").asString(""), note(doc, "summary"),
                note(doc, "description"), d.withdrawn() ? note(doc, "general") : "", products, vulnerabilities,
                references, thanks, history.reversed());
    }

    private static VulnerabilityView vulnerability(JsonNode v, Map<String, String> products) {
        JsonNode cvss = v.path("scores").path(0).path("cvss_v3");
        List<String> remediations = new ArrayList<>();
        v.path("remediations").forEach(r -> remediations.add(r.path("details").asString("")));
        String cwe = v.path("cwe").isMissingNode() ? "" : v.path("cwe").path("id").asString("") + " " + v.path("cwe").path("name").asString("");
        return new VulnerabilityView(v.path("cve").asString(""), cwe.strip(), v.path("title").asString(""),
                AdvisoryMarkdown.html(v.path("notes").path(0).path("text").asString("")),
                cvss.path("vectorString").asString(""), cvss.path("baseScore").asString(""),
                cvss.path("baseSeverity").asString(""), names(v.path("product_status").path("known_affected"), products),
                names(v.path("product_status").path("fixed"), products), remediations);
    }

    private static List<String> names(JsonNode ids, Map<String, String> products) {
        List<String> names = new ArrayList<>();
        ids.forEach(id -> names.add(products.getOrDefault(id.asString(""), id.asString(""))));
        return names;
    }

    private static void collect(JsonNode branches, Map<String, String> products) {
        branches.forEach(b -> {
            if (b.has("product")) {
                products.put(b.path("product").path("product_id").asString(""), b.path("product").path("name").asString(""));
            }
            collect(b.path("branches"), products);
        });
    }

    private static String note(JsonNode doc, String category) {
        for (JsonNode n : doc.path("notes")) {
            if (category.equals(n.path("category").asString(""))) {
                return AdvisoryMarkdown.html(n.path("text").asString(""));
            }
        }
        return "";
    }
}
