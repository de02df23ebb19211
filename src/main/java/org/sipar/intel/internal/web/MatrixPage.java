package org.sipar.intel.internal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sipar.intel.Intelligence;
import org.sipar.intel.ObjectQuery;
import org.sipar.intel.StoredObject;
import org.sipar.sharing.Reader;
import org.sipar.sharing.Readers;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ATT&CK-style matrix of a chosen set of adversaries, malware, campaigns or tools: every technique any of
 * them uses, shaded by how many of them use it, so that an analyst sees at a glance what they share.
 */
@Controller
class MatrixPage {

    static final List<String> ACTORS = List.of("intrusion-set", "threat-actor", "malware", "campaign", "tool");
    static final int MAX_CHOSEN = 20;

    private final Intelligence intelligence;
    private final Readers readers;
    private final JsonMapper json;

    MatrixPage(Intelligence intelligence, Readers readers, JsonMapper json) {
        this.intelligence = intelligence;
        this.readers = readers;
        this.json = json;
    }

    @GetMapping("/intel/matrix")
    String matrix(Authentication auth, @RequestParam(defaultValue = "") String q,
                  @RequestParam(name = "id", defaultValue = "") List<String> ids, Model model) {
        Reader reader = readers.of(auth);
        List<ObjectView> chosen = find(reader, ids.stream().filter(i -> !i.isBlank()).distinct().limit(MAX_CHOSEN).toList(), null);
        model.addAttribute("q", q);
        model.addAttribute("candidates", q.isBlank() ? List.of() : find(reader, List.of(), q));
        model.addAttribute("chosen", chosen);
        model.addAttribute("matrix", chosen.isEmpty() ? null : matrixOf(reader, chosen));
        return "intel/matrix";
    }

    private AttackMatrix matrixOf(Reader reader, List<ObjectView> chosen) {
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
        List<JsonNode> techniques = usedBy.isEmpty() ? List.of() : intelligence.objects(reader, query(List.copyOf(usedBy.keySet()),
                List.of(), null, 1000)).objects().stream().map(o -> o.content()).toList();
        return AttackMatrix.of(techniques, usedBy);
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
