package org.sipar.advisory.internal;

import org.sipar.identity.Directory;
import org.sipar.identity.OrganisationKind;
import org.sipar.advisory.internal.signing.ProviderAddresses;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The CSAF publisher every document and the provider's metadata name: the national CERT, as a coordinator (CSAF
 * 2.0 section 3.2.1.8.1: it coordinates the response between vendors and those affected), its namespace the
 * address Sipar is served at.
 */
@Component
class CsafPublisher {

    static final String ENGINE_VERSION = "0.1.0";
    private final AdvisorySettings settings;
    private final Directory directory;
    private final ProviderAddresses address;

    CsafPublisher(AdvisorySettings settings, Directory directory, ProviderAddresses address) {
        this.settings = settings;
        this.directory = directory;
        this.address = address;
    }

    String name() {
        if (!settings.publisherName().isBlank()) {
            return settings.publisherName().strip();
        }
        return directory.organisations().stream().filter(o -> o.kind() == OrganisationKind.NATIONAL_CERT)
                .map(o -> o.name()).findFirst().orElse("National CERT");
    }

    String namespace() {
        return address.base();
    }

    ObjectNode node() {
        ObjectNode p = JsonMapper.shared().createObjectNode().put("category", "coordinator");
        if (!settings.contactDetails().isBlank()) {
            p.put("contact_details", settings.contactDetails().strip());
        }
        if (!settings.issuingAuthority().isBlank()) {
            p.put("issuing_authority", settings.issuingAuthority().strip());
        }
        return p.put("name", name()).put("namespace", namespace());
    }
}
