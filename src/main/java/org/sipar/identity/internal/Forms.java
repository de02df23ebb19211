package org.sipar.identity.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sipar.identity.Organisation;
import org.sipar.identity.Person;
import org.sipar.identity.Role;
import org.sipar.platform.InputRejected;

/** What the administration forms post and show again after a rejection, as plain text. */
public final class Forms {

    private Forms() {
    }

    /** The organisation form; the asset fields hold one entry per line (commas and spaces also separate). */
    public record OrganisationForm(String name, String kind, String sector, String contactEmail, String networks,
                                   String asns, String domains) {

        static OrganisationForm of(Organisation o) {
            return new OrganisationForm(o.name(), o.kind().name(), o.sector(), o.contactEmail(),
                    String.join("\n", o.networks()), String.join("\n", o.asns().stream().map(String::valueOf).toList()),
                    String.join("\n", o.domains()));
        }

        static OrganisationForm empty() {
            return new OrganisationForm("", "PRIVATE", "", "", "", "", "");
        }

        OrganisationDraft draft() {
            return new OrganisationDraft(name, kind, sector, contactEmail, split(networks), split(asns), split(domains));
        }
    }

    /** The person form; {@code roles} as posted by the checkboxes. */
    public record PersonForm(String email, String displayName, String organisationId, List<String> roles,
                             String password, Boolean enabled) {

        static PersonForm of(Person p) {
            return new PersonForm(p.email(), p.displayName(), p.organisationId().toString(),
                    p.roles().stream().map(Role::name).toList(), "", p.enabled());
        }

        static PersonForm empty(UUID organisation) {
            return new PersonForm("", "", organisation == null ? "" : organisation.toString(), List.of("MEMBER"), "", true);
        }

        PersonDraft draft() {
            UUID org;
            try {
                org = organisationId == null || organisationId.isBlank() ? null : UUID.fromString(organisationId);
            } catch (IllegalArgumentException e) {
                throw new InputRejected("organisationId", organisationId, "is not an organisation identifier");
            }
            return new PersonDraft(email, displayName, org, roles == null ? List.of() : roles, password);
        }

        /** Whether the form has {@code role} ticked. */
        public boolean has(String role) {
            return roles != null && roles.contains(role);
        }
    }

    /** The problems of a rejected form, by field, for showing beside each input. */
    public static Map<String, List<InputRejected.Problem>> errors(InputRejected e) {
        Map<String, List<InputRejected.Problem>> byField = new LinkedHashMap<>();
        for (InputRejected.Problem p : e.problems()) {
            byField.computeIfAbsent(p.field(), f -> new ArrayList<>()).add(p);
        }
        return byField;
    }

    static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
    }
}
