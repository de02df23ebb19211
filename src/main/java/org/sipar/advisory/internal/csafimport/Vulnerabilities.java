package org.sipar.advisory.internal.csafimport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sipar.advisory.internal.AdvisoryContent.Vulnerability;
import org.sipar.platform.InputRejected.Problem;
import tools.jackson.databind.JsonNode;

/**
 * A CSAF document's vulnerabilities as the editor holds them. Sipar says of a product only that it is affected or
 * fixed: {@code known_affected}, {@code first_affected} and {@code last_affected} are read as affected,
 * {@code fixed} and {@code first_fixed} as fixed, and the other statuses (not affected, under investigation,
 * recommended) are left out, as are the products only they name.
 */
final class Vulnerabilities {

    static final List<String> AFFECTED = List.of("known_affected", "first_affected", "last_affected");
    static final List<String> FIXED = List.of("fixed", "first_fixed");

    private Vulnerabilities() {
    }

    /** The ids of the products some vulnerability says are affected or fixed. */
    static Set<String> namedProducts(JsonNode vulnerabilities) {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode v : vulnerabilities) {
            for (String status : concat(AFFECTED, FIXED)) {
                v.path("product_status").path(status).forEach(id -> ids.add(id.asString("")));
            }
        }
        return ids;
    }

    static Vulnerability of(JsonNode v, String at, Map<String, Integer> numbers, Texts texts, List<Problem> problems) {
        JsonNode remedy = v.path("remediations").path(0);
        return new Vulnerability(v.path("cve").asString(""), v.path("cwe").path("id").asString(""),
                v.path("cwe").path("name").asString(""), cvss3(v), "", texts.of(v.path("title").asString("")),
                texts.of(notes(v.path("notes"))), statuses(v, at, AFFECTED, numbers, problems),
                statuses(v, at, FIXED, numbers, problems), remedy.path("category").asString(""),
                texts.of(remedy.path("details").asString("")));
    }

    /** The first CVSS v3 vector given (CSAF 2.0 carries no other version Sipar scores with). */
    private static String cvss3(JsonNode v) {
        for (JsonNode score : v.path("scores")) {
            String vector = score.path("cvss_v3").path("vectorString").asString("");
            if (!vector.isBlank()) {
                return vector;
            }
        }
        return "";
    }

    /** What the vulnerability is: its description, else its summary, else its first note. */
    private static String notes(JsonNode notes) {
        for (String category : List.of("description", "summary")) {
            for (JsonNode n : notes) {
                if (category.equals(n.path("category").asString(""))) {
                    return n.path("text").asString("");
                }
            }
        }
        return notes.path(0).path("text").asString("");
    }

    private static List<Integer> statuses(JsonNode v, String at, List<String> statuses, Map<String, Integer> numbers,
                                          List<Problem> problems) {
        Set<Integer> found = new LinkedHashSet<>();
        for (String status : statuses) {
            JsonNode ids = v.path("product_status").path(status);
            for (int i = 0; i < ids.size(); i++) {
                Integer number = numbers.get(ids.path(i).asString(""));
                if (number == null) {
                    problems.add(new Problem(at + "/product_status/" + status + "/" + i, ids.path(i).asString(""),
                            "names no product of the product tree"));
                } else {
                    found.add(number);
                }
            }
        }
        return new ArrayList<>(found);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
