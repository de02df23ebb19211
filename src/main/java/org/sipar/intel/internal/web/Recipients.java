package org.sipar.intel.internal.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sipar.identity.Directory;
import org.sipar.identity.SharingGroup;
import org.sipar.platform.InputRejected;
import org.sipar.platform.ParameterValues;
import org.springframework.stereotype.Component;

/**
 * The recipients an import names, by the parameters {@code organisations}, {@code groups} and {@code people}
 * (repeated or comma-separated ids), checked against the directory before anything is read or stored. An id
 * that names no one would be stored as a recipient no one is: the import would look shared and not be, so
 * every unknown or malformed id is refused, each named, in one {@link InputRejected}.
 */
@Component
class Recipients {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final Directory directory;

    Recipients(Directory directory) {
        this.directory = directory;
    }

    /** Who an import is shared with, beyond its publisher. */
    record Named(Set<UUID> organisations, Set<UUID> groups, Set<UUID> people) {

        static final Named NONE = new Named(Set.of(), Set.of(), Set.of());
    }

    /** The recipients named by these parameter values (null for none), once every one of them is known. */
    Named check(List<String> organisations, List<String> groups, List<String> people) {
        List<InputRejected.Problem> problems = new ArrayList<>();
        Set<UUID> groupIds = directory.sharingGroups().stream().map(SharingGroup::id).collect(Collectors.toSet());
        Named named = new Named(
                known("organisations", organisations, id -> directory.organisation(id).isPresent(), "organisation", problems),
                known("groups", groups, groupIds::contains, "sharing group", problems),
                known("people", people, id -> directory.person(id).isPresent(), "person", problems));
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        return named;
    }

    /** The organisation that parameter {@code parameter} names, once it is known. */
    UUID organisation(String parameter, String value) {
        List<InputRejected.Problem> problems = new ArrayList<>();
        Set<UUID> found = known(parameter, List.of(value), id -> directory.organisation(id).isPresent(), "organisation", problems);
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        return found.iterator().next();
    }

    private static Set<UUID> known(String parameter, List<String> values, Predicate<UUID> exists, String what,
                                   List<InputRejected.Problem> problems) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (String value : ParameterValues.list(values)) {
            if (!UUID_TEXT.matcher(value).matches()) {
                problems.add(new InputRejected.Problem(parameter, value, "is not an identifier (a UUID) of a " + what));
            } else if (!exists.test(UUID.fromString(value))) {
                problems.add(new InputRejected.Problem(parameter, value, "names no " + what + " on this platform"));
            } else {
                ids.add(UUID.fromString(value));
            }
        }
        return ids;
    }
}
