package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.stix.Stix.bundle;
import static org.sipar.support.stix.Stix.indicator;
import static org.sipar.support.stix.Stix.newIndicatorId;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sipar.sharing.Distribution;
import org.sipar.sharing.Reader;
import org.sipar.sharing.SharingPolicy;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Only the publishing organisation adds versions to, or revokes, its copy of an object; another organisation's
 * submission of the same id is a copy of its own, and each reader is shown one copy: their own organisation's,
 * else the owner's, else another they may see (see the intel package documentation).
 */
@DemoPlatform
class OwnershipTests extends StoreFixture {

    static final String OWNER = "analyst@cert.demo";
    static final String OTHER = "analyst@bank.demo";

    @Autowired
    SharingPolicy policy;

    @Test
    void anotherOrganisationsNewerVersionNeverBecomesTheOwnersLatest() {
        String id = newIndicatorId();
        members.publish(OWNER, bundle(indicator(id, "owned", Tlp.GREEN.markingId(), "2026-03-01T00:00:00.000Z")));
        ImportReport other = members.publish(OTHER, bundle(indicator(id, "rewritten", Tlp.CLEAR.markingId(), "2026-03-05T00:00:00.000Z")));
        assertThat(other.totals().accepted()).as("the other organisation's copy is stored as its own").isEqualTo(1);
        assertThat(latestName(OWNER, id)).isEqualTo("Indicator owned");
        assertThat(latestName("member@cert.demo", id)).isEqualTo("Indicator owned");
        assertThat(latestName(OTHER, id)).isEqualTo("Indicator rewritten");
        assertThat(latestName("analyst@telco.demo", id)).as("a third organisation sees the owner's copy").isEqualTo("Indicator owned");
        assertThat(members.versions(Reader.ANONYMOUS, id, "last")).as("anonymous sees the only CLEAR copy")
                .extracting(StoredObject::modified).containsExactly("2026-03-05T00:00:00.000Z");
        assertThat(members.versions(members.reader("analyst@telco.demo"), id, "all")).as("versions come from one copy")
                .extracting(StoredObject::modified).containsExactly("2026-03-01T00:00:00.000Z");
    }

    @Test
    void aRevocationByAnotherOrganisationRevokesOnlyItsOwnCopy() {
        String id = newIndicatorId();
        members.publish(OWNER, bundle(indicator(id, "kept", Tlp.GREEN.markingId(), "2026-03-01T00:00:00.000Z")));
        members.publish(OTHER, bundle(revoked(indicator(id, "kept", Tlp.GREEN.markingId(), "2026-03-02T00:00:00.000Z"))));
        ImportReport next = members.publish(OWNER, bundle(indicator(id, "next", Tlp.GREEN.markingId(), "2026-03-03T00:00:00.000Z")));
        assertThat(next.rejections()).isEmpty();
        assertThat(next.totals().accepted()).isEqualTo(1);
        assertThat(latestName("analyst@telco.demo", id)).isEqualTo("Indicator next");
        assertThat(members.versions(members.reader("analyst@telco.demo"), id, "last").getFirst().json()).doesNotContain("\"revoked\"");
    }

    @Test
    void anObservableHeldAtRedByAnotherOrganisationLooksUnknownToTheImporter() {
        String value = "198.51.100." + (int) (Math.random() * 250 + 1) + ":" + UUID.randomUUID();
        String hidden = ipv6Sco("2001:db8::" + Integer.toHexString(value.hashCode() & 0xffff));
        String fresh = ipv6Sco("2001:db8:1::" + Integer.toHexString(value.hashCode() & 0xffff));
        members.publish(OWNER, "{\"type\":\"bundle\",\"id\":\"bundle--" + UUID.randomUUID() + "\",\"objects\":["
                + hidden.replace("}", ",\"object_marking_refs\":[\"" + Tlp.RED.markingId() + "\"]}") + "]}");
        String green = ",\"object_marking_refs\":[\"" + Tlp.GREEN.markingId() + "\"]}";
        ImportReport overHidden = members.publish(OTHER, bundle(hidden.replace("}", green)));
        ImportReport overNothing = members.publish(OTHER, bundle(fresh.replace("}", green)));
        assertThat(overHidden.perType()).isEqualTo(overNothing.perType());
        assertThat(overHidden.rejections()).isEqualTo(overNothing.rejections());
        assertThat(overHidden.conflicts()).isEqualTo(overNothing.conflicts());
        assertThat(overHidden.notes()).isEqualTo(overNothing.notes());
        String id = idOf(hidden);
        assertThat(members.versions(members.reader(OTHER), id, "last")).as("the importer's own copy is there").hasSize(1);
        assertThat(members.versions(members.reader("analyst@telco.demo"), id, "last")).as("the GREEN copy is shown to others")
                .singleElement().satisfies(o -> assertThat(o.tlp()).isEqualTo(Tlp.GREEN));
    }

    /** For each level of the owner's copy and each kind of viewer: exactly one latest version, from the right copy. */
    @ParameterizedTest(name = "owner''s copy at {0}, viewer {1}")
    @MethodSource("ownerLevelsAndViewers")
    void everyViewerIsShownExactlyOneCopyTheRightOne(Tlp ownerLevel, String viewer) {
        String id = newIndicatorId();
        members.publish(OWNER, bundle(indicator(id, "owner", ownerLevel.markingId(), "2026-04-01T00:00:00.000Z")));
        members.publish(OTHER, bundle(indicator(id, "copy", Tlp.GREEN.markingId(), "2026-04-02T00:00:00.000Z")));
        Reader reader = viewer.isEmpty() ? Reader.ANONYMOUS : members.reader(viewer);
        Reader owner = members.reader(OWNER);
        Reader other = members.reader(OTHER);
        boolean seesOwner = policy.maySee(reader, new Distribution(ownerLevel, owner.organisationId(), owner.personId(), Set.of(), Set.of(), Set.of()));
        boolean seesCopy = policy.maySee(reader, new Distribution(Tlp.GREEN, other.organisationId(), other.personId(), Set.of(), Set.of(), Set.of()));
        boolean ownOrgIsOther = other.organisationId().equals(reader.organisationId());
        String expected = ownOrgIsOther ? "Indicator copy" : seesOwner ? "Indicator owner" : seesCopy ? "Indicator copy" : null;
        for (String version : List.of("last", "first", "all")) {
            List<StoredObject> shown = members.versions(reader, id, version);
            if (expected == null) {
                assertThat(shown).as(version).isEmpty();
            } else {
                assertThat(shown).as(version).singleElement().satisfies(o -> assertThat(o.json()).contains(expected));
            }
        }
    }

    static Stream<Arguments> ownerLevelsAndViewers() {
        return Stream.of(Tlp.values()).flatMap(level -> Stream.of("", OWNER, "member@cert.demo", OTHER, "member@bank.demo",
                "analyst@telco.demo", "analyst@moit.demo").map(viewer -> Arguments.of(level, viewer)));
    }

    private String latestName(String email, String id) {
        List<StoredObject> latest = members.versions(members.reader(email), id, "last");
        assertThat(latest).as("exactly one latest version for " + email).hasSize(1);
        return tools.jackson.databind.json.JsonMapper.shared().readTree(latest.getFirst().json()).path("name").asString();
    }

    static String revoked(String object) {
        return object.replace("\"pattern_type\"", "\"revoked\":true,\"pattern_type\"");
    }

    /** An IPv6 address observable with the id STIX derives from its value (UUIDv5 of {"value":...}). */
    static String ipv6Sco(String address) {
        return "{\"type\":\"ipv6-addr\",\"spec_version\":\"2.1\",\"id\":\"ipv6-addr--" + uuid5("{\"value\":\"" + address + "\"}")
                + "\",\"value\":\"" + address + "\"}";
    }

    private static UUID uuid5(String name) {
        try {
            java.security.MessageDigest sha1 = java.security.MessageDigest.getInstance("SHA-1");
            UUID namespace = UUID.fromString("00abedb4-aa42-466c-9c01-fed23315a9b7");
            java.nio.ByteBuffer ns = java.nio.ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                    .putLong(namespace.getLeastSignificantBits());
            sha1.update(ns.array());
            byte[] h = sha1.digest(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            h[6] = (byte) ((h[6] & 0x0f) | 0x50);
            h[8] = (byte) ((h[8] & 0x3f) | 0x80);
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(h, 0, 16);
            return new UUID(b.getLong(), b.getLong());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String idOf(String object) {
        return tools.jackson.databind.json.JsonMapper.shared().readTree(object).path("id").asString();
    }
}
