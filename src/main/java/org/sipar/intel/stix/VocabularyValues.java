package org.sipar.intel.stix;

/**
 * The values of the vocabularies in specification section 10, as amended by STIX 2.1 Errata 01 (which added,
 * for example, {@code legal}, {@code rust}, {@code private-sector} and the ICS infrastructure types).
 */
final class VocabularyValues {

    static final Vocabulary ACCOUNT_TYPE = Vocabulary.open("account-type-ov", "facebook", "ldap", "nis", "openid",
            "radius", "skype", "tacacs", "twitter", "unix", "windows-local", "windows-domain");
    static final Vocabulary ATTACK_MOTIVATION = Vocabulary.open("attack-motivation-ov", "accidental", "coercion",
            "dominance", "ideology", "notoriety", "organizational-gain", "personal-gain", "personal-satisfaction",
            "revenge", "unpredictable");
    static final Vocabulary ATTACK_RESOURCE_LEVEL = Vocabulary.open("attack-resource-level-ov", "individual", "club",
            "contest", "team", "organization", "government");
    static final Vocabulary ENCRYPTION_ALGORITHM = Vocabulary.closed("encryption-algorithm-enum", "AES-256-GCM",
            "ChaCha20-Poly1305", "mime-type-indicated");
    static final Vocabulary EXTENSION_TYPE = Vocabulary.closed("extension-type-enum", "new-sdo", "new-sco", "new-sro",
            "property-extension", "toplevel-property-extension");
    static final Vocabulary GROUPING_CONTEXT = Vocabulary.open("grouping-context-ov", "suspicious-activity",
            "malware-analysis", "unspecified");
    static final Vocabulary IDENTITY_CLASS = Vocabulary.open("identity-class-ov", "individual", "group", "system",
            "organization", "class", "unknown");
    static final Vocabulary IMPLEMENTATION_LANGUAGE = Vocabulary.open("implementation-language-ov", "applescript",
            "bash", "c", "c++", "c#", "go", "java", "javascript", "lua", "objective-c", "perl", "php", "powershell",
            "python", "ruby", "rust", "scala", "swift", "typescript", "visual-basic", "x86-32", "x86-64");
    static final Vocabulary INDICATOR_TYPE = Vocabulary.open("indicator-type-ov", "anomalous-activity",
            "anonymization", "benign", "compromised", "malicious-activity", "attribution", "unknown");
    static final Vocabulary INDUSTRY_SECTOR = Vocabulary.open("industry-sector-ov", "agriculture", "aerospace",
            "automotive", "chemical", "commercial", "communications", "construction", "defense", "education", "energy",
            "entertainment", "financial-services", "government", "emergency-services", "government-local",
            "government-national", "government-public-services", "government-regional", "healthcare",
            "hospitality-leisure", "infrastructure", "dams", "nuclear", "water", "insurance", "legal",
            "manufacturing", "mining", "non-profit", "pharmaceuticals", "retail", "technology", "telecommunications",
            "transportation", "utilities");
    static final Vocabulary INFRASTRUCTURE_TYPE = Vocabulary.open("infrastructure-type-ov", "amplification",
            "anonymization", "botnet", "command-and-control", "control-system", "exfiltration", "firewall",
            "hosting-malware", "hosting-target-lists", "phishing", "reconnaissance", "routers-switches", "staging",
            "workstation", "unknown");
    static final Vocabulary MALWARE_CAPABILITIES = Vocabulary.open("malware-capabilities-ov",
            "accesses-remote-machines", "anti-debugging", "anti-disassembly", "anti-emulation", "anti-memory-forensics",
            "anti-sandbox", "anti-vm", "captures-input-peripherals", "captures-output-peripherals",
            "captures-system-state-data", "cleans-traces-of-infection", "commits-fraud", "communicates-with-c2",
            "compromises-data-availability", "compromises-data-integrity", "compromises-system-availability",
            "controls-local-machine", "degrades-security-software", "degrades-system-updates", "determines-c2-server",
            "emails-spam", "escalates-privileges", "evades-av", "exfiltrates-data", "fingerprints-host",
            "hides-artifacts", "hides-executing-code", "infects-files", "infects-remote-machines",
            "installs-other-components", "persists-after-system-reboot", "prevents-artifact-access",
            "prevents-artifact-deletion", "probes-network-environment", "self-modifies",
            "steals-authentication-credentials", "violates-system-operational-integrity");
    static final Vocabulary MALWARE_RESULT = Vocabulary.open("malware-result-ov", "malicious", "suspicious", "benign",
            "unknown");
    static final Vocabulary MALWARE_TYPE = Vocabulary.open("malware-type-ov", "adware", "backdoor", "bot", "bootkit",
            "ddos", "downloader", "dropper", "exploit-kit", "keylogger", "ransomware", "remote-access-trojan",
            "resource-exploitation", "rogue-security-software", "rootkit", "screen-capture", "spyware", "trojan",
            "unknown", "virus", "webshell", "wiper", "worm");
    static final Vocabulary OPINION = Vocabulary.closed("opinion-enum", "strongly-disagree", "disagree", "neutral",
            "agree", "strongly-agree");
    static final Vocabulary PATTERN_TYPE = Vocabulary.open("pattern-type-ov", "stix", "pcre", "sigma", "snort",
            "suricata", "yara");
    static final Vocabulary PROCESSOR_ARCHITECTURE = Vocabulary.open("processor-architecture-ov", "alpha", "arm",
            "ia-64", "mips", "powerpc", "sparc", "x86", "x86-64");
    static final Vocabulary REGION = Vocabulary.open("region-ov", "africa", "eastern-africa", "middle-africa",
            "northern-africa", "southern-africa", "western-africa", "americas", "caribbean", "central-america",
            "latin-america-caribbean", "northern-america", "south-america", "asia", "central-asia", "eastern-asia",
            "southern-asia", "south-eastern-asia", "western-asia", "europe", "eastern-europe", "northern-europe",
            "southern-europe", "western-europe", "oceania", "antarctica", "australia-new-zealand", "melanesia",
            "micronesia", "polynesia");
    static final Vocabulary REPORT_TYPE = Vocabulary.open("report-type-ov", "attack-pattern", "campaign", "identity",
            "incident", "indicator", "intrusion-set", "malware", "observed-data", "threat-actor", "threat-report",
            "tool", "vulnerability");
    static final Vocabulary THREAT_ACTOR_ROLE = Vocabulary.open("threat-actor-role-ov", "agent", "director",
            "independent", "infrastructure-architect", "infrastructure-operator", "malware-author", "sponsor");
    static final Vocabulary THREAT_ACTOR_SOPHISTICATION = Vocabulary.open("threat-actor-sophistication-ov", "none",
            "minimal", "intermediate", "advanced", "expert", "innovator", "strategic");
    static final Vocabulary THREAT_ACTOR_TYPE = Vocabulary.open("threat-actor-type-ov", "activist", "competitor",
            "crime-syndicate", "criminal", "hacker", "insider-accidental", "insider-disgruntled", "nation-state",
            "private-sector", "sensationalist", "spy", "terrorist", "unknown");
    static final Vocabulary TOOL_TYPE = Vocabulary.open("tool-type-ov", "denial-of-service", "exploitation",
            "information-gathering", "network-capture", "credential-exploitation", "remote-access",
            "vulnerability-scanning", "unknown");

    private VocabularyValues() {
    }
}
