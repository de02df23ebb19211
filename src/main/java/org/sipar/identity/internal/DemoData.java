package org.sipar.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.sipar.identity.Organisation;
import org.sipar.identity.OrganisationKind;
import org.sipar.identity.Person;
import org.sipar.identity.Role;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The demo world: the national CERT running the hub, the internet community body, a ministry, a bank and a
 * telecom operator, on documentation address ranges (RFC 5737, RFC 3849) and AS numbers (RFC 5398).
 */
final class DemoData {

    static final String PASSWORD = "sipar-demo";

    private final Organisations organisations;
    private final People people;
    private final SharingGroups groups;
    private final PasswordEncoder encoder;
    /** When the demo organisations are created. */
    private final Instant now;

    DemoData(Organisations organisations, People people, SharingGroups groups, PasswordEncoder encoder, Instant now) {
        this.organisations = organisations;
        this.people = people;
        this.groups = groups;
        this.encoder = encoder;
        this.now = now;
    }

    void seed() {
        UUID cert = org("National CERT", OrganisationKind.NATIONAL_CERT, "National cyber security", "cert.demo",
                List.of("192.0.2.0/26", "2001:db8:10::/48"), List.of(64496L));
        UUID nic = org("National Internet Community", OrganisationKind.INTERNET_COMMUNITY, "Internet governance",
                "nic.demo", List.of("192.0.2.64/26", "2001:db8:20::/48"), List.of(64497L));
        UUID ministry = org("Ministry of Information Technology", OrganisationKind.GOVERNMENT, "Government",
                "moit.demo", List.of("192.0.2.128/25"), List.of(64498L));
        UUID bank = org("First National Bank", OrganisationKind.PRIVATE, "Banking", "bank.demo",
                List.of("198.51.100.0/24", "2001:db8:30::/48"), List.of(64499L));
        UUID telco = org("Indus Telecom", OrganisationKind.CRITICAL_INFRASTRUCTURE, "Telecommunications", "telco.demo",
                List.of("203.0.113.0/24", "2001:db8:40::/44"), List.of(64500L, 64501L));
        person("admin@cert.demo", "Ayesha Siddiqui", cert, Role.HUB_ADMIN, Role.ANALYST);
        person("analyst@cert.demo", "Bilal Ahmed", cert, Role.ANALYST);
        person("member@cert.demo", "Sana Javed", cert, Role.MEMBER);
        person("admin@nic.demo", "Imran Qureshi", nic, Role.ORG_ADMIN);
        person("analyst@nic.demo", "Hina Malik", nic, Role.ANALYST);
        person("admin@moit.demo", "Farah Naz", ministry, Role.ORG_ADMIN);
        person("analyst@moit.demo", "Usman Tariq", ministry, Role.ANALYST);
        person("admin@bank.demo", "Kamran Akmal", bank, Role.ORG_ADMIN);
        person("analyst@bank.demo", "Nadia Hussain", bank, Role.ANALYST);
        person("member@bank.demo", "Zainab Raza", bank, Role.MEMBER);
        person("admin@telco.demo", "Omar Farooq", telco, Role.ORG_ADMIN);
        person("analyst@telco.demo", "Mehwish Iqbal", telco, Role.ANALYST);
        groups.save(UUID.randomUUID(), "Finance and telecom sector",
                "Banks, telecom operators and the national CERT", List.of(cert, bank, telco));
    }

    private UUID org(String name, OrganisationKind kind, String sector, String domain, List<String> networks,
                     List<Long> asns) {
        UUID id = UUID.randomUUID();
        organisations.save(new Organisation(id, name, kind, sector, "soc@" + domain, networks, asns,
                List.of(domain), now));
        return id;
    }

    private void person(String email, String name, UUID organisation, Role... roles) {
        people.insert(new Person(UUID.randomUUID(), email, name, organisation, null, Set.of(roles), true, false, null),
                encoder.encode(PASSWORD));
    }
}
