package org.sipar.detect.internal.lifecycle;

import java.util.HashMap;
import java.util.Map;

/**
 * Host names of the {@code hostname} lists in one hash map (name to the lists that name it); a value is looked up
 * as itself and then as each parent domain, one probe per label, as MISP does (so an entry {@code example.com}
 * covers {@code www.example.com}, and a top-level domain entry covers everything under it).
 */
final class HostnameTable {

    private final Map<String, int[]> lists = new HashMap<>();

    void add(String canonicalName, int list) {
        lists.merge(canonicalName, new int[] {list}, ListIds::union);
    }

    /** Calls {@code hit} with each list that names {@code name} or a parent of it, and the entry it names. */
    void find(String name, EntryHit hit) {
        for (String candidate = name; ; ) {
            int[] found = lists.get(candidate);
            if (found != null) {
                for (int list : found) {
                    hit.accept(list, candidate);
                }
            }
            int dot = candidate.indexOf('.');
            if (dot < 0) {
                return;
            }
            candidate = candidate.substring(dot + 1);
        }
    }

    int size() {
        return lists.size();
    }
}
