package org.sipar.intel.internal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sipar.sharing.Tlp;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's own intelligence, one bundle per TLP level, each published by someone to someone, so that each demo
 * login sees a different picture: the public an advisory (CLEAR); every member a phishing campaign (GREEN); the
 * finance and telecom sector group the actor behind it (AMBER); the ministry an intrusion at its mail gateway
 * (AMBER+STRICT); one CERT analyst a bank's fraud case (RED). Addresses are documentation ranges (RFC 5737,
 * RFC 3849), domains example.com/.net/.org, hashes made up.
 */
final class DemoScenario {

    /** The titles of the scenario's reports, one per level; each names its import too. */
    static final String ADVISORY_TITLE = "Public advisory: look-alike domains phish online banking customers";
    static final String CAMPAIGN_TITLE = "Monsoon Lure: invoice-themed spear-phishing";
    static final String ACTOR_TITLE = "Indus Kite targets payment switches";
    static final String MINISTRY_TITLE = "Intrusion at the Ministry's mail gateway";
    static final String FRAUD_TITLE = "Fraud case: mule payouts from a compromised teller workstation";
    static final String CAMPAIGN = DemoStix.id("campaign", "Monsoon Lure");
    static final String ACTOR = DemoStix.id("threat-actor", "Indus Kite");
    /** The advisory's id: the public sees it once the demo intelligence is in (see {@link DemoIntelligence}). */
    static final String ADVISORY = DemoStix.id("report", ADVISORY_TITLE);

    /**
     * One publication of the demo: its bundle, its publisher (a demo login) and recipients (organisation domains,
     * the sector group, logins).
     */
    record Part(Tlp tlp, String name, byte[] bundle, String publisher, List<String> organisations, boolean sectorGroup,
                List<String> people) {
    }

    private final JsonMapper json;
    /** ATT&amp;CK ids to STIX ids; empty without a bundle, and then the demo names no technique. */
    private final Map<String, String> techniques;

    DemoScenario(JsonMapper json, Map<String, String> techniques) {
        this.json = json;
        this.techniques = techniques;
    }

    List<Part> parts() {
        return List.of(clear(), green(), amber(), amberStrict(), red());
    }

    private Part clear() {
        DemoStix s = new DemoStix(json, Tlp.CLEAR, 0);
        List<String> refs = new ArrayList<>();
        for (String domain : List.of("secure-login.example.com", "account-verify.example.net", "update-portal.example.org",
                "mobile-banking.example.com")) {
            refs.add(s.indicator("Phishing domain " + domain, "[domain-name:value = '" + domain + "']", "malicious-activity"));
        }
        refs.add(s.indicator("Phishing kit host 2001:db8:ffff::17", "[ipv6-addr:value = '2001:db8:ffff::17']", "malicious-activity"));
        refs.addAll(indicates(s, refs.getFirst(), "T0817", "T0865"));
        s.report(ADVISORY_TITLE,
                "Messages that imitate banks lead to look-alike sign-in pages. Never sign in from a link in a message;"
                        + " report such messages to the national CERT.", refs);
        return new Part(Tlp.CLEAR, source(ADVISORY_TITLE, Tlp.CLEAR),
                s.bundle("demo-clear"), "analyst@cert.demo", List.of(), false, List.of());
    }

    private Part green() {
        DemoStix s = new DemoStix(json, Tlp.GREEN, 10);
        List<String> refs = new ArrayList<>(List.of(s.sdo("campaign", "Monsoon Lure",
                "Spear-phishing with invoice attachments against public-sector and bank mailboxes since October.").path("id").asString()));
        for (int i = 0; i < 6; i++) {
            String ip = "203.0.113." + (200 + i * 7);
            refs.add(s.indicator("Monsoon Lure sender " + ip, "[ipv4-addr:value = '" + ip + "']", "malicious-activity"));
            refs.add(s.relationship("indicates", refs.getLast(), CAMPAIGN));
        }
        refs.add(s.indicator("Monsoon Lure attachment", "[file:hashes.'SHA-256' = '" + s.hash() + "']", "malicious-activity"));
        refs.addAll(uses(s, CAMPAIGN, "T0865", "T0863", "T0853", "T0869"));
        s.report(CAMPAIGN_TITLE, "Senders, attachment and techniques of the campaign.", refs);
        return new Part(Tlp.GREEN, source(CAMPAIGN_TITLE, Tlp.GREEN),
                s.bundle("demo-green"), "analyst@cert.demo", List.of(), false, List.of());
    }

    private Part amber() {
        DemoStix s = new DemoStix(json, Tlp.AMBER, 30);
        List<String> refs = new ArrayList<>(List.of(s.sdo("threat-actor", "Indus Kite",
                "A financially motivated group that reaches payment systems through remote access services.").path("id").asString()));
        refs.add(s.relationship("attributed-to", CAMPAIGN, ACTOR));
        for (int i = 0; i < 5; i++) {
            String ip = "198.51.100." + (40 + i * 11);
            refs.add(s.indicator("Indus Kite command server " + ip, "[ipv4-addr:value = '" + ip + "']", "malicious-activity"));
            refs.add(s.relationship("indicates", refs.getLast(), ACTOR));
        }
        refs.add(s.indicator("Indus Kite loader", "[file:hashes.'SHA-256' = '" + s.hash() + "']", "malicious-activity"));
        refs.addAll(uses(s, ACTOR, "T0886", "T0859", "T0822", "T0869", "T0865"));
        s.report(ACTOR_TITLE, "For the finance and telecom sector: the actor behind Monsoon Lure.", refs);
        return new Part(Tlp.AMBER, source(ACTOR_TITLE, Tlp.AMBER),
                s.bundle("demo-amber"), "analyst@cert.demo", List.of(), true, List.of());
    }

    private Part amberStrict() {
        DemoStix s = new DemoStix(json, Tlp.AMBER_STRICT, 50);
        List<String> refs = new ArrayList<>();
        refs.add(s.indicator("Mail gateway exploit source 192.0.2.200", "[ipv4-addr:value = '192.0.2.200']", "malicious-activity"));
        refs.add(s.indicator("Web shell on the mail gateway", "[file:hashes.'SHA-256' = '" + s.hash() + "']", "malicious-activity"));
        refs.add(s.indicator("Exfiltration domain", "[domain-name:value = 'cdn-sync.example.net']", "exfiltration"));
        refs.addAll(uses(s, ACTOR, "T0866", "T0883", "T0884"));
        s.report(MINISTRY_TITLE, "For the Ministry only: what was found and how to check for it.", refs);
        return new Part(Tlp.AMBER_STRICT, source(MINISTRY_TITLE, Tlp.AMBER_STRICT),
                s.bundle("demo-amber-strict"), "analyst@cert.demo",
                List.of("moit.demo"), false, List.of());
    }

    private Part red() {
        DemoStix s = new DemoStix(json, Tlp.RED, 70);
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            refs.add(s.indicator("Teller workstation implant " + (i + 1), "[file:hashes.'SHA-256' = '" + s.hash() + "']",
                    "malicious-activity"));
        }
        refs.add(s.indicator("Mule account portal", "[url:value = 'https://payout.example.org/claim']", "fraud"));
        refs.addAll(uses(s, ACTOR, "T0859", "T0886"));
        s.report(FRAUD_TITLE,
                "Named people only: under investigation with law enforcement.", refs);
        return new Part(Tlp.RED, source(FRAUD_TITLE, Tlp.RED),
                s.bundle("demo-red"), "analyst@bank.demo", List.of(), false,
                List.of("analyst@cert.demo"));
    }

    /** The import's source as its publisher would name it: the report it carries and its level. */
    private static String source(String report, Tlp tlp) {
        return report + " (TLP:" + tlp.label() + ")";
    }

    private List<String> uses(DemoStix s, String source, String... attackIds) {
        return related(s, "uses", source, attackIds);
    }

    private List<String> indicates(DemoStix s, String indicator, String... attackIds) {
        return related(s, "indicates", indicator, attackIds);
    }

    private List<String> related(DemoStix s, String type, String source, String... attackIds) {
        List<String> ids = new ArrayList<>();
        for (String attackId : attackIds) {
            Optional.ofNullable(techniques.get(attackId)).ifPresent(t -> ids.add(s.relationship(type, source, t)));
        }
        return ids;
    }
}
