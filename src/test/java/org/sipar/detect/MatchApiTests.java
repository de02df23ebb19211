package org.sipar.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.Stix;

/**
 * {@code POST /api/v1/match}: exact values in their canonical form, addresses in ranges, subdomains where the
 * indicator names them, hashes; answers in request order with an error for an observable it cannot read; a
 * revoked or expired indicator stops matching; an oversized batch is refused with its limit named.
 */
@DemoPlatform
class MatchApiTests extends MatchFixture {

    private static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void exactValuesRangesSubdomainsAndHashesMatchInTheirCanonicalForm() throws InterruptedException {
        String word = uniqueWord();
        String domain = "evil-" + word + ".example";
        String range = Stix.newIndicatorId();
        String tree = Stix.newIndicatorId();
        String exact = Stix.newIndicatorId();
        String hash = Stix.newIndicatorId();
        String net = freshAddress().replaceFirst("\\.\\d+$", ".0");
        publish("tlp=CLEAR", indicator(range, "[ipv4-addr:value ISSUBSET '" + net + "/24']", ""),
                indicator(tree, "[domain-name:value LIKE '%." + domain + "']", ""),
                indicator(exact, "[domain-name:value = 'www." + domain + "']", ""),
                indicator(hash, "[file:hashes.'SHA-256' = '" + SHA256 + "']", ",\"confidence\":90"));
        String inRange = ip(net.replaceFirst("\\.0$", ".77"));
        awaitMatch("analyst@telco.demo", inRange, range);
        String body = match("analyst@telco.demo", String.join(",", inRange,
                "{\"type\":\"domain-name\",\"value\":\"WWW." + domain.toUpperCase() + ".\"}",
                "{\"type\":\"domain-name\",\"value\":\"" + domain + "\"}",
                "{\"type\":\"file\",\"hashes\":{\"SHA256\":\"" + SHA256.toUpperCase() + "\"}}",
                "{\"type\":\"ipv4-addr\",\"value\":\"999.1.1.1\"}",
                "{\"value\":\"no type\"}")).body();
        String[] results = body.split("\\{\"observable\"");
        assertThat(results).hasSize(7);
        assertThat(results[1]).contains(range);
        assertThat(results[2]).as("a subdomain, in another case and with the root's dot").contains(tree, exact);
        assertThat(results[3]).as("the domain itself is not its own subdomain").doesNotContain(tree).contains("\"matches\":[]");
        assertThat(results[4]).contains(hash, "\"score\":");
        assertThat(results[5]).contains("\"error\":").contains("999.1.1.1");
        assertThat(results[6]).contains("\"error\":").contains("type");
    }

    @Test
    void compoundPatternsAreDecidedByTheEvaluatorOnTheObservable() throws Exception {
        String word = uniqueWord();
        String md5 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5").digest(word.getBytes()));
        String sized = Stix.newIndicatorId();
        String named = Stix.newIndicatorId();
        publish("tlp=CLEAR", indicator(sized, "[file:hashes.MD5 = '" + md5 + "' AND file:size > 1000]", ""),
                indicator(named, "[file:name MATCHES '^dropper-" + word + "-[0-9]+[.]exe$']", ""));
        String big = "{\"type\":\"file\",\"hashes\":{\"MD5\":\"" + md5 + "\"},\"size\":4096}";
        awaitMatch("analyst@telco.demo", big, sized);
        String body = match("analyst@telco.demo", String.join(",",
                "{\"type\":\"file\",\"hashes\":{\"MD5\":\"" + md5 + "\"},\"size\":10}",
                "{\"type\":\"file\",\"name\":\"dropper-" + word + "-42.exe\"}",
                "{\"type\":\"file\",\"name\":\"dropper-" + word + "-x.exe\"}")).body();
        String[] results = body.split("\\{\"observable\"");
        assertThat(results[1]).as("the hash, but too small").doesNotContain(sized);
        assertThat(results[2]).as("no value filters a MATCHES pattern: evaluated on every file").contains(named);
        assertThat(results[3]).doesNotContain(named);
    }

    @Test
    void aRevokedOrExpiredIndicatorStopsMatching() throws InterruptedException {
        String address = freshAddress();
        String id = Stix.newIndicatorId();
        String expired = Stix.newIndicatorId();
        String other = freshAddress();
        publish("tlp=CLEAR", indicator(id, "[ipv4-addr:value = '" + address + "']", ""),
                indicator(expired, "[ipv4-addr:value = '" + other + "']", ",\"valid_until\":\"2026-01-02T00:00:00Z\""));
        awaitMatch("analyst@telco.demo", ip(address), id);
        assertThat(match("analyst@telco.demo", ip(other)).body()).doesNotContain(expired);
        String revoked = indicator(id, "[ipv4-addr:value = '" + address + "']", ",\"revoked\":true");
        publish("tlp=CLEAR", revoked);
        String body = "";
        for (int i = 0; i < 100; i++) {
            body = match("analyst@telco.demo", ip(address)).body();
            if (!body.contains(id)) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(body).as("revoked: no longer matched within 10 s").doesNotContain(id);
    }

    @Test
    void theIndicatorsPageShowsItsScoreAndWhyInEnglishAndUrdu() throws InterruptedException {
        String address = freshAddress();
        String fresh = Stix.newIndicatorId();
        String old = Stix.newIndicatorId();
        String stale = freshAddress();
        publish("tlp=CLEAR", indicator(fresh, "[ipv4-addr:value = '" + address + "']", ",\"confidence\":80"),
                indicator(old, "[ipv4-addr:value = '" + stale + "']", ",\"confidence\":40").replaceFirst(
                        "\"modified\":\"[^\"]+\"", "\"modified\":\"2026-01-02T00:00:00.000Z\""));
        awaitMatch("analyst@telco.demo", ip(address), fresh);
        Http analyst = new Http(port);
        analyst.signIn("analyst@telco.demo", PASSWORD);
        assertThat(analyst.get("/intel/objects/" + fresh + "?lang=en").body()).contains("Detection score", "80 of 80",
                "IPv4 addresses lose half their score every 14 days");
        assertThat(analyst.get("/intel/objects/" + old + "?lang=en").body()).contains("No longer matched", "of 40");
        assertThat(match("analyst@telco.demo", ip(stale)).body()).as("decayed below the threshold").doesNotContain(old);
        assertThat(analyst.get("/intel/objects/" + fresh + "?lang=ur").body()).contains("شناخت کا اسکور", "80 میں سے 80");
    }

    @Test
    void anOversizedBatchIsRefusedNamingItsLimitAndABodyWithoutObservablesToo() {
        String many = String.join(",", java.util.Collections.nCopies(10_001, ip("192.0.2.1")));
        HttpResponse<String> tooMany = match("analyst@telco.demo", many);
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("10000").contains("observables");
        HttpResponse<String> none = new Http(port).json("POST", "/api/v1/match", Http.basic("analyst@telco.demo", PASSWORD), "{}");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("observables");
    }
}
