package org.sipar.sharing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sipar.identity.Directory;
import org.sipar.identity.Organisation;
import org.sipar.identity.OrganisationKind;
import org.springframework.stereotype.Component;

/**
 * Who a distribution reaches, in names a person can check before sharing: worked out by asking the
 * {@link SharingPolicy} itself about a member of each organisation on the platform (so the words can never say
 * other than what the policy does), and, for RED, naming the publisher and the people named.
 */
@Component
public final class Audience {

    private final Directory directory;
    private final SharingPolicy policy;

    public Audience(Directory directory, SharingPolicy policy) {
        this.directory = directory;
        this.policy = policy;
    }

    /**
     * Who may see material distributed as {@code d}.
     *
     * @param everyone anyone at all, signed in or not (CLEAR)
     * @param allMembers every member of every organisation (GREEN, CLEAR)
     * @param organisations the organisations whose every member may see it, by name (when not all)
     * @param people the only people who may see it, by name (RED)
     */
    public record Who(boolean everyone, boolean allMembers, List<String> organisations, List<String> people) {
    }

    public Who of(Distribution d) {
        if (d.tlp() == Tlp.CLEAR || d.tlp() == Tlp.GREEN) {
            return new Who(d.tlp() == Tlp.CLEAR, true, List.of(), List.of());
        }
        List<String> organisations = directory.organisations().stream()
                .filter(o -> policy.maySee(memberOf(o), d)).map(Organisation::name).sorted().toList();
        List<String> people = new ArrayList<>();
        if (d.tlp() == Tlp.RED) {
            if (d.publisherPerson() != null) {
                directory.person(d.publisherPerson()).ifPresent(p -> people.add(p.displayName()));
            }
            d.people().stream().filter(id -> !id.equals(d.publisherPerson())).map(directory::person)
                    .flatMap(java.util.Optional::stream).map(p -> p.displayName()).sorted().forEach(people::add);
        }
        return new Who(false, false, organisations, people);
    }

    /** A member of {@code o} who is none of the people a distribution names: what any of its members may see. */
    private Reader memberOf(Organisation o) {
        Set<UUID> groups = directory.sharingGroups().stream().filter(g -> g.memberIds().contains(o.id()))
                .map(g -> g.id()).collect(Collectors.toSet());
        return new Reader(new UUID(0, 0), o.id(), o.kind() == OrganisationKind.NATIONAL_CERT, groups);
    }
}
