package org.sipar.detect.internal.lifecycle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which warning lists a canonical value is on, in MISP's semantics: {@code string} lists by equality of canonical
 * forms, {@code cidr} lists by containment (addresses, ranges, and a URL's address host), {@code hostname} lists by
 * the name or a parent of it (domain names, a URL's host, an e-mail address's domain), {@code substring} and
 * {@code regex} lists on the canonical text. A list is consulted only for the kinds its matching attributes name.
 * Built once; safe to share between threads.
 */
public final class WarningLists {

    private final List<String> names;
    private final List<Set<ValueKind>> kinds;
    private final WarningListTables tables;

    private WarningLists(List<String> names, List<Set<ValueKind>> kinds, WarningListTables tables) {
        this.names = names;
        this.kinds = kinds;
        this.tables = tables;
    }

    /** The lookup over {@code lists}; their entries are reduced to canonical form now, and not kept otherwise. */
    public static WarningLists of(List<WarningList> lists) {
        WarningListTables tables = new WarningListTables();
        for (int i = 0; i < lists.size(); i++) {
            tables.add(Objects.requireNonNull(lists.get(i), "warning list " + i), i);
        }
        tables.cidrs.freeze();
        return new WarningLists(lists.stream().map(WarningList::name).toList(),
                lists.stream().map(WarningList::kinds).toList(), tables);
    }

    /** The lists {@code value} is on, one hit per list (its first matching entry), in the lists' order. */
    public List<WarningHit> check(CanonicalValue value) {
        Map<Integer, String> hits = new LinkedHashMap<>();
        EntryHit collect = (list, entry) -> {
            if (kinds.get(list).contains(value.kind())) {
                hits.putIfAbsent(list, entry);
            }
        };
        String text = value.text();
        Map<String, int[]> strings = tables.strings.get(value.kind());
        if (strings != null && strings.get(text) instanceof int[] lists) {
            for (int list : lists) {
                collect.accept(list, text);
            }
        }
        ValueParts.lookUp(value, tables, collect);
        tables.substrings.find(text, collect);
        tables.regexes.find(text, collect);
        List<WarningHit> ordered = new ArrayList<>(hits.size());
        hits.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(hit -> ordered.add(new WarningHit(names.get(hit.getKey()), hit.getValue())));
        return ordered;
    }

    /** Whether {@code value} is on any list. */
    public boolean isListed(CanonicalValue value) {
        return !check(value).isEmpty();
    }

    /** The lists' names, in the order given. */
    public List<String> names() {
        return names;
    }

    /** The entries that were not loaded, each with its list and the reason. */
    public List<SkippedEntry> skipped() {
        return List.copyOf(tables.skipped);
    }
}
