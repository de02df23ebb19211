package org.sipar.identity.internal;

import java.util.List;

/** An organisation as submitted, before checks; lists may be null. */
record OrganisationDraft(String name, String kind, String sector, String contactEmail, List<String> networks,
                         List<String> asns, List<String> domains) {

    List<String> networksOrEmpty() {
        return networks == null ? List.of() : networks;
    }

    List<String> asnsOrEmpty() {
        return asns == null ? List.of() : asns;
    }

    List<String> domainsOrEmpty() {
        return domains == null ? List.of() : domains;
    }
}
