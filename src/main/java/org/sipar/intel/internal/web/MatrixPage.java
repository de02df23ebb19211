package org.sipar.intel.internal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sipar.intel.Intelligence;
import org.sipar.intel.ObjectQuery;
import org.sipar.intel.StoredObject;
import org.sipar.sharing.Reader;
import org.sipar.sharing.Readers;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole ATT&CK matrix of a domain with the techniques of a chosen set of adversaries, malware, campaigns or
 * tools shaded by how many of them use each, so that an analyst sees at a glance what they share; and the same as
 * an ATT&CK Navigator layer to download.
 */
@Controller
class MatrixPage {

    static final List<String> ACTORS = List.of("intrusion-set", "threat-actor", "malware", "campaign", "tool");
    static final int MAX_CHOSEN = 20;

    private final Intelligence intelligence;
    private final Readers readers;
    private final JsonMapper json;
    private final AttackMatrices matrices;

    MatrixPage(Intelligence intelligence, Readers readers, JsonMapper json, AttackMatrices matrices) {
        this.intelligence = intelligence;
        this.readers = readers;
        this.json = json;
        this.matrices = matrices;
    }

    @GetMapping("/intel/matrix")
    String matrix(Authentication auth, @RequestParam(defaultValue = "") String q,
                  @RequestParam(name = "id", defaultValue = "") List<String> ids,
                  @RequestParam(defaultValue = "") String domain, Model model) {
        Reader reader = readers.of(auth);
        List<ObjectView> chosen = chosen(reader, ids);
        model.addAttribute("q", q);
        model.addAttribute("candidates", q.isBlank() ? List.of() : find(reader, List.of(), q));
        model.addAttribute("chosen", chosen);
        model.addAttribute("query", String.join("&", chosen.stream()
                .map(o -> "id=" + URLEncoder.encode(o.id(), StandardCharsets.UTF_8)).toList()));
        model.addAttribute("matrix", chosen.isEmpty() ? null : matrices.of(reader, domain, usedBy(reader, chosen), true));
        return "intel/matrix";
    }

    @GetMapping(value = "/intel/matrix/layer.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> layer(Authentication auth, @RequestParam(name = "id", defaultValue = "") List<String> ids,
                                 @RequestParam(defaultValue = "") String domain) {
        Reader reader = readers.of(auth);
        List<ObjectView> chosen = chosen(reader, ids);
        AttackMatrix matrix = matrices.of(reader, domain, usedBy(reader, chosen), false);
        String layer = json.writerWithDefaultPrettyPrinter().writeValueAsString(
                NavigatorLayer.of(json, matrix, chosen.stream().map(ObjectView::name).toList()));
        String file = "sipar-" + (matrix.domain().isEmpty() ? "attack" : matrix.domain()) + "-layer.json";
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file)
                .build().toString()).contentType(MediaType.APPLICATION_JSON).body(layer);
    }

    private List<ObjectView> chosen(Reader reader, List<String> ids) {
        return find(reader, ids.stream().filter(i -> !i.isBlank()).distinct().limit(MAX_CHOSEN).toList(), null);
    }

    /** The techniques the chosen objects use, each with the names of those using it, by what the reader may see. */
    private Map<String, List<String>> usedBy(Reader reader, List<ObjectView> chosen) {
        Map<String, List<String>> usedBy = new LinkedHashMap<>();
        for (ObjectView actor : chosen) {
            for (StoredObject r : intelligence.relationships(reader, actor.id())) {
                JsonNode rel = r.content();
                String target = rel.path("target_ref").asString();
                if (actor.id().equals(rel.path("source_ref").asString()) && "uses".equals(rel.path("relationship_type").asString())
                        && target.startsWith("attack-pattern--")) {
                    List<String> users = usedBy.computeIfAbsent(target, t -> new ArrayList<>());
                    if (!users.contains(actor.name())) {
                        users.add(actor.name());
                    }
                }
            }
        }
        return usedBy;
    }

    private List<ObjectView> find(Reader reader, List<String> ids, String text) {
        if (ids.isEmpty() && text == null) {
            return List.of();
        }
        return intelligence.objects(reader, query(ids, ACTORS, text, 50)).objects().stream()
                .map(o -> ObjectView.of(o, json)).toList();
    }

    private static ObjectQuery query(List<String> ids, List<String> types, String text, int limit) {
        return new ObjectQuery(new ObjectQuery.Scope.All(), null, ids, types, List.of(), List.of(), text, 0, limit);
    }
}
