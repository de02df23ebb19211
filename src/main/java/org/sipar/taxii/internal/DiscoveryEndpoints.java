package org.sipar.taxii.internal;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Discovery, the one API root, and its collections; open to anonymous callers. */
@Controller
class DiscoveryEndpoints {

    private final JsonMapper json;
    private final TaxiiSettings settings;
    private final Callers callers;
    private final CollectionCatalog collections;

    DiscoveryEndpoints(JsonMapper json, TaxiiSettings settings, Callers callers, CollectionCatalog collections) {
        this.json = json;
        this.settings = settings;
        this.callers = callers;
        this.collections = collections;
    }

    /** Discovery: the server and its one API root. */
    @GetMapping("/taxii2/")
    ResponseEntity<byte[]> discovery() {
        ObjectNode body = json.createObjectNode();
        body.put("title", "Sipar TAXII server");
        body.put("description", "Threat intelligence shared through the national CERT, under TLP 2.0");
        body.put("default", Taxii.ROOT);
        body.putArray("api_roots").add(Taxii.ROOT);
        return Taxii.ok(json.writeValueAsString(body));
    }

    /** The API root: versions and max_content_length. */
    @GetMapping(Taxii.ROOT)
    ResponseEntity<byte[]> apiRoot() {
        ObjectNode body = json.createObjectNode();
        body.put("title", "Sipar intelligence");
        body.put("description", "All intelligence, sharing groups' collections and organisations' submissions");
        body.putArray("versions").add(Taxii.MEDIA_TYPE);
        body.put("max_content_length", settings.maxBytes());
        return Taxii.ok(json.writeValueAsString(body));
    }

    /** The collections the caller may know of, with its rights on each. */
    @GetMapping(Taxii.ROOT + "collections/")
    ResponseEntity<byte[]> collections(Authentication auth) {
        List<Collection> visible = collections.visibleTo(callers.of(auth));
        ObjectNode body = json.createObjectNode();
        ArrayNode list = body.putArray("collections");
        visible.forEach(c -> list.add(describe(c)));
        return Taxii.ok(json.writeValueAsString(body));
    }

    /** One collection, as in the list. */
    @GetMapping(Taxii.ROOT + "collections/{id}/")
    ResponseEntity<byte[]> collection(Authentication auth, @PathVariable String id) {
        return Taxii.ok(json.writeValueAsString(describe(collections.known(callers.of(auth), id))));
    }

    private ObjectNode describe(Collection c) {
        ObjectNode node = json.createObjectNode();
        node.put("id", c.id().toString());
        node.put("title", c.title());
        node.put("description", c.description());
        node.put("can_read", c.canRead());
        node.put("can_write", c.canWrite());
        node.putArray("media_types").add(Taxii.STIX_MEDIA_TYPE);
        return node;
    }
}
