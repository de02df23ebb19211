package org.sipar.sharing;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who sees what. Every output asks it, either object by object
 * ({@link #maySee}) or, for queries over many objects, through the SQL condition it writes
 * ({@link #condition}), which states the very same rules:
 * CLEAR everyone; GREEN every member; AMBER the publisher's organisation, the named organisations and
 * sharing groups, and the hub's CERT; AMBER+STRICT only the publisher's and the named organisations;
 * RED only the publisher and the named people. It knows nothing of what is shared (STIX objects, advisories,
 * cases ...), only of its {@link Distribution}: the intel module applies it to the parts of a STIX object that
 * granular markings cover, and any module keeping shared material filters its tables with {@link #condition}.
 */
@Component
public final class SharingPolicy {

    /** Whether {@code reader} may see an object distributed as {@code d}. */
    public boolean maySee(Reader reader, Distribution d) {
        return switch (d.tlp()) {
            case CLEAR -> true;
            case GREEN -> reader.member();
            case AMBER -> reader.member() && (reader.hubCert() || inNamedOrganisation(reader, d)
                    || reader.groupIds().stream().anyMatch(d.groups()::contains));
            case AMBER_STRICT -> reader.member() && inNamedOrganisation(reader, d);
            case RED -> reader.member() && (reader.personId().equals(d.publisherPerson()) || d.people().contains(reader.personId()));
        };
    }

    private static boolean inNamedOrganisation(Reader reader, Distribution d) {
        return reader.organisationId().equals(d.publisherOrganisation()) || d.organisations().contains(reader.organisationId());
    }

    /**
     * The SQL condition selecting the rows {@code reader} may see, over the distribution columns {@code tlp},
     * {@code publisher_org}, {@code publisher_person}, {@code recipient_orgs}, {@code recipient_groups} and
     * {@code recipient_people} of the table aliased {@code alias} (see the package documentation for their
     * types), with its named parameters, all prefixed {@code policy_} so they do not clash with the query's own.
     */
    public Condition condition(Reader reader, String alias) {
        if (!reader.member()) {
            return new Condition(alias + ".tlp = 'CLEAR'", Map.of());
        }
        String a = alias + ".";
        String sql = "(" + a + "tlp in ('CLEAR', 'GREEN')"
                + " or (" + a + "tlp = 'AMBER' and (:policy_hub or " + a + "publisher_org = :policy_org"
                + " or :policy_org = any(" + a + "recipient_orgs) or " + a + "recipient_groups && cast(:policy_groups as uuid[])))"
                + " or (" + a + "tlp = 'AMBER_STRICT' and (" + a + "publisher_org = :policy_org or :policy_org = any(" + a + "recipient_orgs)))"
                + " or (" + a + "tlp = 'RED' and (" + a + "publisher_person = :policy_person or :policy_person = any(" + a + "recipient_people))))";
        return new Condition(sql, Map.of("policy_hub", reader.hubCert(), "policy_org", reader.organisationId(),
                "policy_person", reader.personId(), "policy_groups", reader.groupIds().toArray(UUID[]::new)));
    }

    /** A SQL condition with the named parameters it uses. */
    public record Condition(String sql, Map<String, Object> params) {
    }
}
