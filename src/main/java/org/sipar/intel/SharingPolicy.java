package org.sipar.intel;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one place that decides who sees what. Every output asks it, either object by object
 * ({@link #maySee}) or, for queries over many objects, through the SQL condition it writes
 * ({@link #condition}), which states the very same rules:
 * CLEAR everyone; GREEN every member; AMBER the publisher's organisation, the named organisations and
 * sharing groups, and the hub's CERT; AMBER+STRICT only the publisher's and the named organisations;
 * RED only the publisher and the named people. Granular markings apply the same rules to parts of an object
 * ({@link #visiblePart}).
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

    /**
     * The object {@code json}, distributed as {@code d}, as {@code reader} may see it: without the parts its
     * granular TLP markings hide from them; empty when they may not see it at all, or when what is left would not
     * be a valid STIX object (a required property was hidden).
     */
    public Optional<String> visiblePart(Reader reader, Distribution d, String json) {
        if (!maySee(reader, d)) {
            return Optional.empty();
        }
        if (!json.contains("granular_markings")) {
            return Optional.of(json);
        }
        JsonMapper mapper = JsonMapper.shared();
        ObjectNode object = (ObjectNode) mapper.readTree(json);
        return GranularMarkings.redact(object, level -> maySee(reader, d.at(level)))
                .map(redacted -> redacted == object ? json : mapper.writeValueAsString(redacted));
    }

    private static boolean inNamedOrganisation(Reader reader, Distribution d) {
        return reader.organisationId().equals(d.publisherOrganisation()) || d.organisations().contains(reader.organisationId());
    }

    /**
     * The SQL condition selecting the rows {@code reader} may see, over the columns {@code tlp},
     * {@code publisher_org}, {@code publisher_person}, {@code recipient_orgs}, {@code recipient_groups} and
     * {@code recipient_people} of the table aliased {@code alias}, with its named parameters.
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
