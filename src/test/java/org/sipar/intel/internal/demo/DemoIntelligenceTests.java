package org.sipar.intel.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sipar.intel.Intelligence;
import org.sipar.intel.ObjectQuery;
import org.sipar.intel.StoredObject;
import org.sipar.sharing.Reader;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoIntelligencePlatform;
import org.sipar.support.stix.ReferenceData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo intelligence as each demo login sees it, and that a second start or import adds nothing. */
@DemoIntelligencePlatform
class DemoIntelligenceTests {

    /** The demo's five reports, one per level, by their level. */
    static final Map<Tlp, String> REPORTS = Map.of(
            Tlp.CLEAR, DemoScenario.ADVISORY,
            Tlp.GREEN, DemoStix.id("report", DemoScenario.CAMPAIGN_TITLE),
            Tlp.AMBER, DemoStix.id("report", DemoScenario.ACTOR_TITLE),
            Tlp.AMBER_STRICT, DemoStix.id("report", DemoScenario.MINISTRY_TITLE),
            Tlp.RED, DemoStix.id("report", DemoScenario.FRAUD_TITLE));

    @Autowired
    Intelligence intelligence;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoIntelligence demo;

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource(delimiter = '|', value = {
            "anonymous          | CLEAR",
            "analyst@nic.demo   | CLEAR GREEN",
            "analyst@moit.demo  | CLEAR GREEN AMBER_STRICT",
            "admin@moit.demo    | CLEAR GREEN AMBER_STRICT",
            "analyst@telco.demo | CLEAR GREEN AMBER",
            "member@bank.demo   | CLEAR GREEN AMBER",
            "analyst@bank.demo  | CLEAR GREEN AMBER RED",
            "admin@cert.demo    | CLEAR GREEN AMBER AMBER_STRICT",
            "analyst@cert.demo  | CLEAR GREEN AMBER AMBER_STRICT RED"})
    void eachLoginSeesTheLevelsMeantForIt(String login, String levels) {
        Set<Tlp> expected = EnumSet.noneOf(Tlp.class);
        Arrays.stream(levels.split(" ")).map(Tlp::valueOf).forEach(expected::add);
        Reader reader = reader(login);
        Set<Tlp> seen = EnumSet.noneOf(Tlp.class);
        for (StoredObject report : intelligence.objects(reader, ObjectQuery.all(10).withIds(List.copyOf(REPORTS.values()))).objects()) {
            seen.add(report.tlp());
        }
        assertThat(seen).as("levels of the demo reports that %s sees", login).isEqualTo(expected);
        assertThat(EnumSet.complementOf(EnumSet.copyOf(seen))).as("levels hidden from %s", login)
                .isEqualTo(EnumSet.complementOf(EnumSet.copyOf(expected)));
    }

    @Test
    void thePublicSeesAttackAsClearAndNothingAboveClear() {
        ReferenceData.require("data/attack/ics-attack-18.1.json");
        List<StoredObject> techniques = intelligence.objects(Reader.ANONYMOUS, ObjectQuery.all(200)
                .withTypes(List.of("attack-pattern"))).objects();
        assertThat(techniques).hasSizeGreaterThan(90).allMatch(t -> t.tlp() == Tlp.CLEAR);
        assertThat(techniques.getFirst().json()).contains(AttackBundle.MITRE_MARKING);
        long aboveClear = intelligence.objects(Reader.ANONYMOUS, ObjectQuery.all(1).withFacets(ObjectQuery.Facets.NONE
                .withTlps(EnumSet.range(Tlp.GREEN, Tlp.RED)))).objects().size();
        assertThat(aboveClear).isZero();
    }

    @Test
    void importingTheScenarioAgainStoresNothingAndARestartImportsNothing() throws Exception {
        long objects = count("select count(*) from intel_objects");
        long imports = count("select count(*) from intel_imports");
        Map<String, String> techniques = AttackBundle.find("", tools.jackson.databind.json.JsonMapper.shared())
                .map(AttackBundle::techniques).orElse(Map.of());
        assertThat(demo.importScenario(techniques)).as("objects stored by a second import").isZero();
        assertThat(count("select count(*) from intel_objects")).isEqualTo(objects);
        assertThat(demo.present()).isTrue();
        demo.run(null);
        assertThat(count("select count(*) from intel_imports")).as("a restart imports nothing")
                .isEqualTo(imports + 5);
    }

    @Test
    void theScenarioIsTheSameOnEveryStart() {
        byte[] once = new DemoScenario(tools.jackson.databind.json.JsonMapper.shared(), Map.of("T0859", "attack-pattern--x"))
                .parts().get(4).bundle();
        byte[] again = new DemoScenario(tools.jackson.databind.json.JsonMapper.shared(), Map.of("T0859", "attack-pattern--x"))
                .parts().get(4).bundle();
        assertThat(again).isEqualTo(once);
        assertThat(new String(once, java.nio.charset.StandardCharsets.UTF_8)).contains("attack-pattern--x", DemoScenario.ACTOR);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private Reader reader(String login) {
        if ("anonymous".equals(login)) {
            return Reader.ANONYMOUS;
        }
        return jdbc.sql("select p.id, p.organisation_id, o.kind from people p join organisations o on o.id = p.organisation_id"
                        + " where p.email = ?").param(login)
                .query((rs, n) -> new Reader(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        "NATIONAL_CERT".equals(rs.getString(3)), new HashSet<>(jdbc.sql(
                        "select sharing_group_id from sharing_group_members where organisation_id = ?")
                        .param(rs.getObject(2, UUID.class)).query(UUID.class).list())))
                .single();
    }
}
