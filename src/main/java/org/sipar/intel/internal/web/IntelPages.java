package org.sipar.intel.internal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sipar.intel.Intelligence;
import org.sipar.intel.ObjectAnnotation;
import org.sipar.intel.ObjectQuery;
import org.sipar.intel.StoredObject;
import org.sipar.intel.VersionSelection;
import org.sipar.platform.NotFound;
import org.sipar.sharing.Reader;
import org.sipar.sharing.Readers;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The intelligence pages: one object with its graph and techniques (the list: {@link ListPage}; imports: {@link ImportPages}). */
@Controller
class IntelPages {

    private final Intelligence intelligence;
    private final Readers readers;
    private final JsonMapper json;
    private final ObjectLinks links;
    private final ObjectGraphs graphs;
    private final AttackMatrices matrices;
    private final List<ObjectAnnotation> annotations;

    IntelPages(Intelligence intelligence, Readers readers, JsonMapper json, ObjectLinks links, ObjectGraphs graphs,
               AttackMatrices matrices, List<ObjectAnnotation> annotations) {
        this.annotations = List.copyOf(annotations);
        this.intelligence = intelligence;
        this.readers = readers;
        this.json = json;
        this.links = links;
        this.graphs = graphs;
        this.matrices = matrices;
    }

    @GetMapping("/intel/objects/{id}")
    String object(Authentication auth, @PathVariable String id, Model model) {
        Reader reader = readers.of(auth);
        List<StoredObject> versions = intelligence.objects(reader,
                ObjectQuery.all(1000).withIds(List.of(id)).withVersions(List.of(VersionSelection.ALL))).objects();
        if (versions.isEmpty()) {
            throw new NotFound("object", id);
        }
        ObjectView latest = ObjectView.of(versions.getLast(), json);
        List<StoredObject> relationships = intelligence.relationships(reader, id);
        model.addAttribute("object", latest);
        model.addAttribute("versions", versions.stream().map(StoredObject::modified).toList().reversed());
        Graph graph = graphs.around(reader, versions.getLast().content(), relationships);
        model.addAttribute("graph", graph.edges().isEmpty() ? null : graph);
        model.addAttribute("matrix", matrix(reader, latest, relationships));
        JsonNode content = versions.getLast().content();
        model.addAttribute("facts", ObjectFacts.of(content));
        model.addAttribute("links", links.of(reader, content, relationships));
        model.addAttribute("annotations", annotations.stream().flatMap(a -> a.about(reader, id).stream()).toList());
        return "intel/object";
    }

    /** The ATT&CK techniques the object uses, in its domain's matrix; null when it uses none the reader may see. */
    private AttackMatrix matrix(Reader reader, ObjectView object, List<StoredObject> relationships) {
        Map<String, List<String>> usedBy = new LinkedHashMap<>();
        relationships.stream().map(r -> r.content())
                .filter(r -> object.id().equals(r.path("source_ref").asString()) && "uses".equals(r.path("relationship_type").asString()))
                .map(r -> r.path("target_ref").asString()).filter(t -> t.startsWith("attack-pattern--"))
                .forEach(t -> usedBy.put(t, List.of(object.name())));
        AttackMatrix matrix = usedBy.isEmpty() ? null : matrices.of(reader, "", usedBy, false);
        return matrix == null || matrix.isEmpty() ? null : matrix;
    }
}
