package org.sipar.intel.internal.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sipar.intel.Intelligence;
import org.sipar.intel.ObjectQuery;
import org.sipar.intel.StoredObject;
import org.sipar.sharing.Reader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Builds {@link AttackMatrix ATT&CK matrices} from the stored data the reader may see: the domain's
 * {@code x-mitre-matrix} gives the tactics and their order, the {@code x-mitre-tactic} objects their names, and the
 * attack patterns of the domain the cells. Without a stored matrix the used techniques' kill-chain phases make the
 * columns, in ATT&CK's usual order.
 */
@Component
class AttackMatrices {

    /** Enough for every technique and sub-technique of a domain (enterprise has under 1,000). */
    private static final int MAX_TECHNIQUES = 5000;
    private static final List<String> PREFERRED = List.of("enterprise-attack", "mobile-attack", "ics-attack");

    private final Intelligence intelligence;

    AttackMatrices(Intelligence intelligence) {
        this.intelligence = intelligence;
    }

    /**
     * The matrix of {@code domain} (or the one most of the used techniques belong to, when blank), with the cells
     * the chosen objects use ({@code usedBy}: technique id to the names of those using it); every technique of the
     * domain when {@code whole}, else only the used ones.
     */
    AttackMatrix of(Reader reader, String domain, Map<String, List<String>> usedBy, boolean whole) {
        List<JsonNode> used = objects(reader, ObjectQuery.all(1000).withIds(List.copyOf(usedBy.keySet())));
        Map<String, JsonNode> matrices = matrices(reader);
        String chosen = chosenDomain(domain, matrices.keySet(), used);
        JsonNode matrix = matrices.get(chosen);
        List<String> domains = List.copyOf(matrices.keySet());
        if (matrix == null) {
            return new AttackMatrix("", "", KillChainColumns.of(used, usedBy), domains, 0);
        }
        List<JsonNode> techniques = new ArrayList<>(used.stream().filter(t -> inDomain(t, chosen)).toList());
        if (whole) {
            objects(reader, ObjectQuery.all(1000).withTypes(List.of("attack-pattern"))).stream()
                    .filter(t -> strings(t.path("x_mitre_domains")).contains(chosen) && !retired(t)
                            && usedBy.get(t.path("id").asString()) == null)
                    .forEach(techniques::add);
        }
        int elsewhere = (int) used.stream().filter(t -> !inDomain(t, chosen)).count();
        return new AttackMatrix(chosen, matrix.path("name").asString(""), columns(reader, matrix, techniques, usedBy),
                domains, elsewhere);
    }

    private List<AttackMatrix.Column> columns(Reader reader, JsonNode matrix, List<JsonNode> techniques,
                                              Map<String, List<String>> usedBy) {
        List<String> refs = new ArrayList<>();
        matrix.path("tactic_refs").forEach(r -> refs.add(r.asString()));
        Map<String, JsonNode> tactics = objects(reader, ObjectQuery.all(1000).withIds(refs)).stream()
                .collect(Collectors.toMap(t -> t.path("id").asString(), Function.identity(), (a, b) -> a));
        List<AttackMatrix.Column> columns = new ArrayList<>();
        for (String ref : refs) {
            JsonNode tactic = tactics.get(ref);
            if (tactic != null && !retired(tactic)) {
                String shortname = tactic.path("x_mitre_shortname").asString("");
                List<JsonNode> of = techniques.stream().filter(t -> inPhase(t, shortname)).toList();
                columns.add(new AttackMatrix.Column(shortname, tactic.path("name").asString(shortname), isMitre(tactic),
                        Cells.folded(of, usedBy)));
            }
        }
        return columns;
    }

    private Map<String, JsonNode> matrices(Reader reader) {
        Map<String, JsonNode> byDomain = new LinkedHashMap<>();
        objects(reader, ObjectQuery.all(100).withTypes(List.of("x-mitre-matrix"))).stream()
                .filter(m -> !retired(m))
                .sorted(Comparator.comparingInt(m -> rank(domainOf(m))))
                .forEach(m -> byDomain.putIfAbsent(domainOf(m), m));
        byDomain.remove("");
        return byDomain;
    }

    /** The asked domain when there is a matrix for it, else the one most used techniques belong to, else the first. */
    private static String chosenDomain(String asked, java.util.Set<String> available, List<JsonNode> used) {
        if (asked != null && available.contains(asked)) {
            return asked;
        }
        Optional<String> mostUsed = used.stream().flatMap(t -> strings(t.path("x_mitre_domains")).stream())
                .filter(available::contains)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        return mostUsed.orElse(available.stream().findFirst().orElse(""));
    }

    private List<JsonNode> objects(Reader reader, ObjectQuery query) {
        if (query.ids().isEmpty() && query.types().isEmpty()) {
            return List.of();
        }
        return Pages.all(intelligence, reader, query, MAX_TECHNIQUES).stream().map(StoredObject::content).toList();
    }

    /** A matrix's domain: the id MITRE gives it in its external reference ({@code enterprise-attack} ...). */
    static String domainOf(JsonNode matrix) {
        for (JsonNode ref : matrix.path("external_references")) {
            if ("mitre-attack".equals(ref.path("source_name").asString(""))) {
                return ref.path("external_id").asString("");
            }
        }
        List<String> domains = strings(matrix.path("x_mitre_domains"));
        return domains.isEmpty() ? "" : domains.getFirst();
    }

    /** Whether a used technique belongs in the domain's matrix: it says so, or it names no domain (not MITRE's). */
    private static boolean inDomain(JsonNode technique, String domain) {
        List<String> domains = strings(technique.path("x_mitre_domains"));
        return domains.isEmpty() || domains.contains(domain);
    }

    private static boolean inPhase(JsonNode technique, String shortname) {
        for (JsonNode phase : technique.path("kill_chain_phases")) {
            if (shortname.equals(phase.path("phase_name").asString())) {
                return true;
            }
        }
        return false;
    }

    static boolean retired(JsonNode object) {
        return object.path("revoked").asBoolean(false) || object.path("x_mitre_deprecated").asBoolean(false);
    }

    private static boolean isMitre(JsonNode tactic) {
        for (JsonNode ref : tactic.path("external_references")) {
            if ("mitre-attack".equals(ref.path("source_name").asString(""))) {
                return true;
            }
        }
        return false;
    }

    private static int rank(String domain) {
        int i = PREFERRED.indexOf(domain);
        return i < 0 ? PREFERRED.size() : i;
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
