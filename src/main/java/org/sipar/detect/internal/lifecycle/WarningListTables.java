package org.sipar.detect.internal.lifecycle;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills the lookup tables from the lists' entries, each entry reduced to the canonical form of the kinds its list
 * applies to; an entry that has none is kept aside as a {@link SkippedEntry} with the reason.
 */
final class WarningListTables {

    final Map<ValueKind, Map<String, int[]>> strings = new EnumMap<>(ValueKind.class);
    final HostnameTable hostnames = new HostnameTable();
    final CidrTable cidrs = new CidrTable();
    final SubstringTable substrings = new SubstringTable();
    final RegexTable regexes = new RegexTable();
    final List<SkippedEntry> skipped = new ArrayList<>();

    void add(WarningList list, int index) {
        Set<ValueKind> kinds = list.kinds();
        for (String entry : list.entries()) {
            try {
                addEntry(list.type(), kinds, entry.strip(), index);
            } catch (IllegalArgumentException e) {
                String reason = e instanceof RefusedValueException refused ? refused.reason() : e.getMessage();
                skipped.add(new SkippedEntry(list.name(), entry, reason));
            }
        }
    }

    private void addEntry(WarningListType type, Set<ValueKind> kinds, String entry, int index) {
        if (entry.isEmpty()) {
            throw new IllegalArgumentException("the entry is empty");
        }
        switch (type) {
            case STRING -> addString(kinds, entry, index);
            case SUBSTRING -> substrings.add(entry, index);
            case HOSTNAME -> hostnames.add(DomainNames.canonical(entry.replaceFirst("^\\.+", "")), index);
            case CIDR -> cidrs.add(entry.indexOf('/') >= 0 ? CidrBlock.parse(entry) : fullLength(IpAddress.parse(entry)), index);
            case REGEX -> regexes.add(entry, index);
        }
    }

    /** Under every kind of the list's that the entry reads as; a URL only with an explicit scheme, so that a domain entry is not also read as http://domain/. */
    private void addString(Set<ValueKind> kinds, String entry, int index) {
        int added = 0;
        for (ValueKind kind : kinds) {
            if (kind == ValueKind.URL && !entry.contains("://")) {
                continue;
            }
            try {
                CanonicalValue value = CanonicalValues.of(kind, entry);
                strings.computeIfAbsent(value.kind(), k -> new HashMap<>()).merge(value.text(), new int[] {index}, ListIds::union);
                added++;
            } catch (RefusedValueException e) {
                // not of this kind; the next may read it
            }
        }
        if (added == 0) {
            throw new IllegalArgumentException("it is not a value of any kind the list applies to " + kinds);
        }
    }

    static CidrBlock fullLength(IpAddress address) {
        return new CidrBlock(address, address.bits());
    }
}
