package org.sipar.advisory.internal.alert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The products a published CSAF document says are affected: those of its product tree named in some
 * vulnerability's {@code known_affected}, {@code first_affected} or {@code last_affected}, each by the CPE and
 * package URL of its identification helper. Read from the document as published, not from the advisory being
 * written, so a revision in progress never changes what an alert says.
 */
final class AffectedProducts {

    private static final Logger log = LoggerFactory.getLogger(AffectedProducts.class);
    private static final List<String> AFFECTED = List.of("known_affected", "first_affected", "last_affected");

    /** An affected product: its full name and one of its identifiers. */
    record Affected(String name, ProductIdentifier identifier) {
    }

    private AffectedProducts() {
    }

    static List<Affected> of(JsonNode csaf) {
        Map<String, JsonNode> products = new LinkedHashMap<>();
        collect(csaf.path("product_tree"), products);
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode vulnerability : csaf.path("vulnerabilities")) {
            AFFECTED.forEach(status -> vulnerability.path("product_status").path(status).forEach(id -> ids.add(id.asString(""))));
        }
        List<Affected> affected = new ArrayList<>();
        for (String id : ids) {
            JsonNode product = products.get(id);
            if (product != null) {
                identifiers(product, affected);
            }
        }
        return affected;
    }

    private static void collect(JsonNode node, Map<String, JsonNode> products) {
        if (node.has("product")) {
            products.put(node.path("product").path("product_id").asString(""), node.path("product"));
        }
        node.path("full_product_names").forEach(p -> products.put(p.path("product_id").asString(""), p));
        node.path("branches").forEach(b -> collect(b, products));
    }

    private static void identifiers(JsonNode product, List<Affected> affected) {
        JsonNode helper = product.path("product_identification_helper");
        for (String field : List.of("cpe", "purl")) {
            String text = helper.path(field).asString("");
            if (text.isBlank()) {
                continue;
            }
            try {
                affected.add(new Affected(product.path("name").asString(""), ProductIdentifier.parse(text)));
            } catch (IdentifierRejected e) {
                log.warn("Product {} of a published advisory has a {} that matches nothing: {}", product.path("name").asString(""), field, e.getMessage());
            }
        }
    }
}
