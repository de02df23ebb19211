package org.sipar.intel.internal.web;

import org.sipar.platform.NotFound;
import org.sipar.sharing.Readers;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The graph around one object as JSON, for the object page's script to draw it and to expand a neighbour in
 * place. Readable like the object page (anonymous readers see TLP:CLEAR), through the reader's view.
 */
@RestController
class GraphEndpoint {

    private final ObjectGraphs graphs;
    private final Readers readers;

    GraphEndpoint(ObjectGraphs graphs, Readers readers) {
        this.graphs = graphs;
        this.readers = readers;
    }

    @GetMapping(value = "/intel/objects/{id}/graph.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Graph graph(Authentication auth, @PathVariable String id) {
        return graphs.around(readers.of(auth), id).orElseThrow(() -> new NotFound("object", id));
    }
}
