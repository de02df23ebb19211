package org.sipar.stream.internal.federation;

import java.util.List;
import java.util.UUID;

/**
 * A link as its form sends it. {@code secret} is the password or token; blank on an edit keeps the one held.
 * {@code every} is a duration such as {@code 5m}; the TLP levels are written as TLP 2.0 does ({@code AMBER+STRICT}).
 */
public record LinkForm(String name, UUID organisation, String apiRoot, String collection, String auth, String user,
                String secret, String direction, String every, String unmarkedTlp, List<UUID> recipientOrgs,
                List<UUID> recipientGroups, String pushMaxTlp) {

    public LinkForm {
        recipientOrgs = recipientOrgs == null ? List.of() : List.copyOf(recipientOrgs);
        recipientGroups = recipientGroups == null ? List.of() : List.copyOf(recipientGroups);
    }

    static LinkForm blank(UUID organisation) {
        return new LinkForm("", organisation, "https://", "", "NONE", "", "", "PULL", "5m", "AMBER", List.of(), List.of(),
                "GREEN");
    }

    static LinkForm of(Link l) {
        return new LinkForm(l.name(), l.organisationId(), l.apiRoot(), l.collectionId(), l.auth().name(), l.authUser(), "",
                l.direction().name(), LinkValidation.every(l.everySeconds()), l.unmarkedTlp().label(),
                List.copyOf(l.recipientOrgs()), List.copyOf(l.recipientGroups()), l.pushMaxTlp().label());
    }
}
