package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.Http.basic;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.Stix;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The technique matrix of a chosen set of adversaries: shared techniques stand out, hidden uses stay hidden. */
@DemoPlatform
class MatrixPageTests {

    static final String CREATED = "\"created\":\"2026-01-01T00:00:00.000Z\",\"modified\":\"2026-01-01T00:00:00.000Z\"";

    @LocalServerPort
    int port;

    @Test
    void techniquesAreShadedByHowManyOfTheChosenUseThemAndRedUsesStayHidden() {
        String word = "m" + UUID.randomUUID().toString().substring(0, 8);
        String a = "intrusion-set--" + UUID.randomUUID(), b = "intrusion-set--" + UUID.randomUUID();
        String t1 = "attack-pattern--" + UUID.randomUUID(), t2 = "attack-pattern--" + UUID.randomUUID();
        String t3 = "attack-pattern--" + UUID.randomUUID();
        String bundle = Stix.bundle(actor(a, "Alpha " + word), actor(b, "Beta " + word),
                technique(t1, "Phishing " + word, "initial-access"), technique(t2, "Scripting " + word, "execution"),
                technique(t3, "Exfil " + word, "exfiltration"),
                uses(a, t1, Tlp.GREEN), uses(a, t2, Tlp.GREEN), uses(b, t2, Tlp.GREEN), uses(b, t3, Tlp.RED));
        assertThat(new Http(port).json("POST", "/api/v1/intel/bundles", basic("analyst@bank.demo", "sipar-demo"), bundle)
                .body()).contains("\"rejected\":0").doesNotContain("\"rejected\":1");

        Http telco = new Http(port);
        telco.signIn("analyst@telco.demo", "sipar-demo");
        assertThat(telco.get("/intel/matrix?q=" + word).body()).contains("Alpha " + word).contains("Beta " + word);
        String matrix = telco.get("/intel/matrix?id=" + a + "&id=" + b).body();
        assertThat(matrix).containsPattern("heat-4\"[^>]*>\\s*<a [^>]*><span class=\"tid\">[^<]*</span> <bdi>Scripting " + word
                + "</bdi></a>\\s*<span class=\"uses\">2/2");
        assertThat(matrix).containsPattern("heat-2\"[^>]*>\\s*<a [^>]*><span class=\"tid\">[^<]*</span> <bdi>Phishing " + word
                + "</bdi></a>\\s*<span class=\"uses\">1/2");
        assertThat(matrix).as("a RED use by another organisation's analyst").doesNotContain("Exfil " + word);

        Http publisher = new Http(port);
        publisher.signIn("analyst@bank.demo", "sipar-demo");
        assertThat(publisher.get("/intel/matrix?id=" + a + "&id=" + b).body()).contains("Exfil " + word);
    }

    private static String actor(String id, String name) {
        return "{\"type\":\"intrusion-set\",\"spec_version\":\"2.1\",\"id\":\"" + id + "\"," + CREATED + ",\"name\":\"" + name
                + "\",\"object_marking_refs\":[\"" + Tlp.GREEN.markingId() + "\"]}";
    }

    private static String technique(String id, String name, String tactic) {
        return "{\"type\":\"attack-pattern\",\"spec_version\":\"2.1\",\"id\":\"" + id + "\"," + CREATED + ",\"name\":\"" + name
                + "\",\"kill_chain_phases\":[{\"kill_chain_name\":\"mitre-attack\",\"phase_name\":\"" + tactic + "\"}],"
                + "\"object_marking_refs\":[\"" + Tlp.GREEN.markingId() + "\"]}";
    }

    private static String uses(String source, String target, Tlp tlp) {
        return "{\"type\":\"relationship\",\"spec_version\":\"2.1\",\"id\":\"relationship--" + UUID.randomUUID() + "\"," + CREATED
                + ",\"relationship_type\":\"uses\",\"source_ref\":\"" + source + "\",\"target_ref\":\"" + target
                + "\",\"object_marking_refs\":[\"" + tlp.markingId() + "\"]}";
    }
}
