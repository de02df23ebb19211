package org.sipar.advisory.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sipar.advisory.internal.AdvisoryContent.Product;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The CSAF product tree of an advisory's products: vendor → product name → version (or version range), each leaf
 * a full product name with the id {@code CSAFPID-nnnn} (its place in the list) and its CPE or package URL.
 */
final class CsafProducts {

    private CsafProducts() {
    }

    /** The product id of the product at {@code index} (from 1) in the advisory's list. */
    static String id(int index) {
        return "CSAFPID-%04d".formatted(index);
    }

    static ObjectNode tree(List<Product> products) {
        Map<String, Map<String, List<Integer>>> byVendor = new LinkedHashMap<>();
        for (int i = 0; i < products.size(); i++) {
            Product p = products.get(i);
            byVendor.computeIfAbsent(p.vendor(), v -> new LinkedHashMap<>())
                    .computeIfAbsent(p.name(), n -> new java.util.ArrayList<>()).add(i + 1);
        }
        ObjectNode tree = JsonMapper.shared().createObjectNode();
        ArrayNode vendors = tree.putArray("branches");
        byVendor.forEach((vendor, names) -> {
            ObjectNode v = vendors.addObject().put("category", "vendor").put("name", vendor);
            ArrayNode productBranches = v.putArray("branches");
            names.forEach((name, indexes) -> {
                List<Integer> versioned = indexes.stream().filter(i -> !products.get(i - 1).version().isEmpty()).toList();
                indexes.stream().filter(i -> products.get(i - 1).version().isEmpty()).forEach(i -> product(
                        productBranches.addObject().put("category", "product_name").put("name", name), products.get(i - 1), i));
                if (!versioned.isEmpty()) {
                    ArrayNode versions = productBranches.addObject().put("category", "product_name").put("name", name)
                            .putArray("branches");
                    versioned.forEach(i -> leaf(versions.addObject(), products.get(i - 1), i));
                }
            });
        });
        return tree;
    }

    private static void leaf(ObjectNode branch, Product p, int index) {
        boolean range = isRange(p.version());
        branch.put("category", range ? "product_version_range" : "product_version");
        branch.put("name", range ? vers(p.version()) : p.version());
        product(branch, p, index);
    }

    /** The full product name under {@code branch}, with the helper that identifies it. */
    private static void product(ObjectNode branch, Product p, int index) {
        ObjectNode product = branch.putObject("product").put("name", p.fullName()).put("product_id", id(index));
        if (!p.cpe().isEmpty() || !p.purl().isEmpty()) {
            ObjectNode helper = product.putObject("product_identification_helper");
            if (!p.cpe().isEmpty()) {
                helper.put("cpe", p.cpe());
            }
            if (!p.purl().isEmpty()) {
                helper.put("purl", p.purl());
            }
        }
    }

    /** Whether a version as written names a range ({@code < 2.4}, {@code >=1.0|<1.2}, {@code vers:...}). */
    static boolean isRange(String version) {
        return version.startsWith("vers:") || version.matches(".*[<>=|*].*");
    }

    /** A range in the version range specifier (vers) syntax CSAF recommends: {@code vers:generic/<2.4}. */
    static String vers(String version) {
        return version.startsWith("vers:") ? version : "vers:generic/" + version.replace(" ", "");
    }
}
