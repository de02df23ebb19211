package org.sipar.advisory.internal.csafimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sipar.advisory.internal.AdvisoryContent.Product;
import tools.jackson.databind.JsonNode;

/**
 * Every full product name of a CSAF product tree, whatever its shape: the products under branches (with the vendor,
 * product name and version of the branches above them), those listed flat in {@code full_product_names}, and those a
 * relationship makes ("a component of" another), which is what vulnerabilities of distributions usually name.
 */
final class ProductTree {

    /** One full product name and what its branches say of it. */
    record Named(String id, String name, String vendor, String version, String cpe, String purl) {

        /**
         * As Sipar's editor holds it: the vendor, the name without the vendor in front and the version behind (both
         * kept in their own fields), so that the draft's CSAF document gives the product the same full name.
         */
        Product product() {
            String rest = name.strip();
            if (!vendor.isEmpty() && rest.startsWith(vendor + " ")) {
                rest = rest.substring(vendor.length() + 1).strip();
            }
            String kept = "";
            if (!version.isEmpty() && rest.endsWith(" " + version)) {
                rest = rest.substring(0, rest.length() - version.length() - 1).strip();
                kept = version;
            }
            return new Product(vendor, rest, kept, cpe, purl);
        }
    }

    private final Map<String, Named> byId = new LinkedHashMap<>();

    ProductTree(JsonNode tree) {
        branches(tree.path("branches"), "", "");
        tree.path("full_product_names").forEach(p -> add(p, "", ""));
        tree.path("relationships").forEach(this::relationship);
    }

    boolean has(String id) {
        return byId.containsKey(id);
    }

    /** The products whose ids are in {@code named}, in the tree's order; every product when {@code named} is empty. */
    List<Named> select(Set<String> named) {
        return new ArrayList<>(byId.values().stream().filter(p -> named.isEmpty() || named.contains(p.id())).toList());
    }

    private void branches(JsonNode branches, String vendor, String version) {
        for (JsonNode b : branches) {
            String category = b.path("category").asString("");
            String name = b.path("name").asString("").strip();
            String v = "vendor".equals(category) ? name : vendor;
            String ver = category.startsWith("product_version") ? name : version;
            if (b.has("product")) {
                add(b.path("product"), v, ver);
            }
            branches(b.path("branches"), v, ver);
        }
    }

    private void relationship(JsonNode r) {
        Named component = byId.get(r.path("product_reference").asString(""));
        JsonNode own = r.path("full_product_name");
        boolean helped = own.has("product_identification_helper");
        add(own, component == null ? "" : component.vendor(), "");
        Named made = byId.get(own.path("product_id").asString(""));
        if (!helped && component != null && made != null) {
            byId.put(made.id(), new Named(made.id(), made.name(), made.vendor(), "", component.cpe(), component.purl()));
        }
    }

    private void add(JsonNode product, String vendor, String version) {
        String id = product.path("product_id").asString("");
        String name = product.path("name").asString("").strip();
        if (id.isEmpty() || name.isEmpty()) {
            return;
        }
        JsonNode helper = product.path("product_identification_helper");
        byId.putIfAbsent(id, new Named(id, name, vendor, version, helper.path("cpe").asString(""),
                helper.path("purl").asString("")));
    }
}
