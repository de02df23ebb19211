package org.sipar.detect.internal.lifecycle;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The entries of the {@code substring} lists in a trie: from each position of the value the trie is walked as far
 * as the value's characters lead, so a value costs about (its length × the few characters an entry shares with it)
 * probes, not one scan per entry (disposable-email alone has 8,201). Compared lowercase: the lists name domains
 * and addresses, which MISP lowercases.
 */
final class SubstringTable {

    private static final class Node {
        final Map<Character, Node> children = new HashMap<>(4);
        int[] lists;
    }

    private final Node root = new Node();

    void add(String entry, int list) {
        Node node = root;
        for (char c : entry.toLowerCase(Locale.ROOT).toCharArray()) {
            node = node.children.computeIfAbsent(c, key -> new Node());
        }
        node.lists = node.lists == null ? new int[] {list} : ListIds.union(node.lists, new int[] {list});
    }

    void find(String value, EntryHit hit) {
        if (root.children.isEmpty()) {
            return;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        for (int start = 0; start < lower.length(); start++) {
            Node node = root;
            for (int end = start; end < lower.length() && (node = node.children.get(lower.charAt(end))) != null; end++) {
                if (node.lists != null) {
                    for (int list : node.lists) {
                        hit.accept(list, lower.substring(start, end + 1));
                    }
                }
            }
        }
    }
}
