package org.sipar.advisory.internal.csafimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.sipar.advisory.internal.Advisory;
import org.sipar.advisory.internal.AdvisoryContent;
import org.sipar.advisory.internal.AdvisoryContent.Reference;
import org.sipar.advisory.internal.AdvisoryContent.Vulnerability;
import org.sipar.advisory.internal.AdvisoryForm;
import org.sipar.advisory.internal.Audience;
import org.sipar.advisory.internal.Category;
import org.sipar.advisory.internal.Workroom;
import org.sipar.identity.CurrentUser;
import org.sipar.platform.InputRejected;
import org.sipar.platform.InputRejected.Problem;
import org.sipar.platform.NotPermitted;
import org.sipar.sharing.Tlp;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * A CSAF 2.0 document (a vendor's, or one exported from Sipar) made into a new draft, as if typed into the editor:
 * {@link Workroom#create} checks and audits it the same way. What Sipar's advisories cannot hold is left out (see
 * {@link Vulnerabilities}); the draft is the analyst's to finish, translate and send for review.
 */
@Service
class CsafImport {

    private final Workroom workroom;

    CsafImport(Workroom workroom) {
        this.workroom = workroom;
    }

    /** The new draft {@code user} makes of the document {@code text}. */
    Advisory draft(CurrentUser user, String text) {
        if (!workroom.writes(user)) {
            throw new NotPermitted("Only analysts of the national CERT write and review advisories");
        }
        return workroom.create(user, form(text));
    }

    /** The editor's form the document fills in. */
    static AdvisoryForm form(String text) {
        JsonNode root = CsafJson.parse(text);
        JsonNode doc = root.path("document");
        Texts texts = Texts.forLanguage(doc.path("lang").asString(""));
        ProductTree tree = new ProductTree(root.path("product_tree"));
        List<ProductTree.Named> products = tree.select(Vulnerabilities.namedProducts(root.path("vulnerabilities")));
        Map<String, Integer> numbers = new LinkedHashMap<>();
        products.forEach(p -> numbers.put(p.id(), numbers.size() + 1));
        List<Problem> problems = new ArrayList<>();
        List<Vulnerability> vulnerabilities = new ArrayList<>();
        JsonNode vs = root.path("vulnerabilities");
        for (int i = 0; i < vs.size(); i++) {
            vulnerabilities.add(Vulnerabilities.of(vs.path(i), "/vulnerabilities/" + i, numbers, texts, problems));
        }
        Tlp tlp = tlp(doc, problems);
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        AdvisoryContent content = new AdvisoryContent(texts.of(doc.path("title").asString("")),
                texts.of(notes(doc, "summary")), texts.of(details(doc)),
                products.stream().map(ProductTree.Named::product).toList(), vulnerabilities,
                references(root, texts), acknowledgments(root), List.of());
        return new AdvisoryForm(category(doc, !vulnerabilities.isEmpty()), Audience.PUBLIC, tlp, null, null, null, content);
    }

    /** The profile the document follows; a document of the base profile or another is one of Sipar's by what it has. */
    private static Category category(JsonNode doc, boolean hasVulnerabilities) {
        try {
            return Category.ofCsaf(doc.path("category").asString(""));
        } catch (InputRejected notOneOfSipars) {
            return hasVulnerabilities ? Category.SECURITY_ADVISORY : Category.INFORMATIONAL_ADVISORY;
        }
    }

    /** The document's TLP (CSAF 2.0 labels it in TLP 1.0 words: WHITE is CLEAR); none given is TLP:CLEAR. */
    private static Tlp tlp(JsonNode doc, List<Problem> problems) {
        JsonNode label = doc.path("distribution").path("tlp").path("label");
        if (label.isMissingNode()) {
            return Tlp.CLEAR;
        }
        try {
            return Tlp.parse(label.asString(""));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("/document/distribution/tlp/label", label.toString(), "must be WHITE, GREEN, AMBER or RED"));
            return Tlp.CLEAR;
        }
    }

    private static String details(JsonNode doc) {
        String description = notes(doc, "description");
        return description.isEmpty() ? notes(doc, "general") : description;
    }

    /** The texts of the document's notes of {@code category}, one paragraph each. */
    private static String notes(JsonNode doc, String category) {
        List<String> texts = new ArrayList<>();
        doc.path("notes").forEach(n -> {
            if (category.equals(n.path("category").asString(""))) {
                texts.add(n.path("text").asString("").strip());
            }
        });
        return String.join("\n\n", texts);
    }

    /** The external references of the document and then of its vulnerabilities, each address once. */
    private static List<Reference> references(JsonNode root, Texts texts) {
        Map<String, Reference> byUrl = new LinkedHashMap<>();
        List<JsonNode> lists = new ArrayList<>(List.of(root.path("document").path("references")));
        root.path("vulnerabilities").forEach(v -> lists.add(v.path("references")));
        for (JsonNode list : lists) {
            for (JsonNode r : list) {
                String url = r.path("url").asString("").strip();
                if (!url.isEmpty() && !"self".equals(r.path("category").asString(""))) {
                    byUrl.putIfAbsent(url, new Reference(url, texts.of(r.path("summary").asString(""))));
                }
            }
        }
        return new ArrayList<>(byUrl.values());
    }

    private static List<String> acknowledgments(JsonNode root) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        List<JsonNode> lists = new ArrayList<>(List.of(root.path("document").path("acknowledgments")));
        root.path("vulnerabilities").forEach(v -> lists.add(v.path("acknowledgments")));
        lists.forEach(list -> list.forEach(a -> a.path("names").forEach(n -> names.add(n.asString("").strip()))));
        names.remove("");
        return new ArrayList<>(names);
    }
}
