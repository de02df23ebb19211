package org.sipar.advisory.internal.csafimport;

import java.util.ArrayList;
import java.util.List;
import org.sipar.platform.InputRejected;
import org.sipar.platform.InputRejected.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The text of a CSAF 2.0 document as JSON, refused when it is not: broken JSON names its line and column, a JSON
 * document that is not CSAF 2.0 names the member (as a JSON pointer, {@code /document/csaf_version}) that says so.
 * Only what the import reads is checked here; the draft's own checks ({@code Workroom.create}) do the rest.
 */
final class CsafJson {

    static final String FIELD = "csaf";

    private CsafJson() {
    }

    static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InputRejected(FIELD, null, "is empty: upload or paste a CSAF 2.0 document");
        }
        JsonNode root;
        try {
            root = JsonMapper.shared().readTree(text);
        } catch (JacksonException e) {
            throw new InputRejected(FIELD, null, "is not JSON: " + e.getOriginalMessage() + where(e.getLocation()));
        }
        requireCsaf(root);
        return root;
    }

    private static void requireCsaf(JsonNode root) {
        if (!root.isObject()) {
            throw new InputRejected("/", null, "must be a JSON object with a document member: this is not a CSAF document");
        }
        JsonNode version = root.path("document").path("csaf_version");
        if (!version.isString() || !"2.0".equals(version.asString())) {
            throw new InputRejected("/document/csaf_version", version.isMissingNode() ? null : version.toString(),
                    "must be \"2.0\": this is not a CSAF 2.0 document");
        }
        List<Problem> problems = new ArrayList<>();
        if (!root.path("document").path("title").isString() || root.path("document").path("title").asString().isBlank()) {
            problems.add(new Problem("/document/title", null, "is required: a CSAF document has a title"));
        }
        expect(root, "/document/notes", true, problems);
        expect(root, "/document/references", true, problems);
        expect(root, "/document/acknowledgments", true, problems);
        expect(root, "/product_tree", false, problems);
        expect(root, "/vulnerabilities", true, problems);
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
    }

    /** A member the import reads must have its schema's type (an array or an object) where it is present. */
    private static void expect(JsonNode root, String pointer, boolean array, List<Problem> problems) {
        JsonNode node = root.at(pointer);
        if (!node.isMissingNode() && (array ? !node.isArray() : !node.isObject())) {
            problems.add(new Problem(pointer, abbreviated(node), "must be " + (array ? "an array" : "an object")));
        }
    }

    private static String abbreviated(JsonNode node) {
        String text = node.toString();
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private static String where(TokenStreamLocation at) {
        return at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }
}
