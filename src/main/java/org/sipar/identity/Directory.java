package org.sipar.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read access to who takes part, for other modules. */
public interface Directory {

    /** The organisation with {@code id}, if it exists. */
    Optional<Organisation> organisation(UUID id);

    /** Every organisation, by name. */
    List<Organisation> organisations();

    /** The person with {@code id}, if they have an account. */
    Optional<Person> person(UUID id);

    /** The person who signs in as {@code email} (any case), if they have an account. */
    Optional<Person> personByEmail(String email);

    /** Every sharing group, by name. */
    List<SharingGroup> sharingGroups();

    /** The organisations whose networks contain {@code address} (an IPv4 or IPv6 address). */
    List<Organisation> organisationsOwning(String address);
}
