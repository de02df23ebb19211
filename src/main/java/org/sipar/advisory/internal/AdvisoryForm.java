package org.sipar.advisory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.sipar.advisory.internal.AdvisoryContent.Product;
import org.sipar.advisory.internal.AdvisoryContent.Reference;
import org.sipar.advisory.internal.AdvisoryContent.Vulnerability;
import org.sipar.platform.InputRejected;
import org.sipar.sharing.Distribution;
import org.sipar.sharing.Tlp;

/**
 * What the editor's form (or the API's JSON) says of an advisory: its profile, audience, distribution and content.
 * The page posts flat fields, lists numbered as {@code products[0].vendor}, read by {@link #of(Map)}.
 */
public record AdvisoryForm(Category category, Audience audience, Tlp tlp, Set<UUID> recipientOrgs,
                           Set<UUID> recipientGroups, Set<UUID> recipientPeople, AdvisoryContent content) {

    public AdvisoryForm {
        category = category == null ? Category.SECURITY_ADVISORY : category;
        audience = audience == null ? Audience.PUBLIC : audience;
        tlp = tlp == null ? Tlp.CLEAR : tlp;
        recipientOrgs = recipientOrgs == null ? Set.of() : Set.copyOf(recipientOrgs);
        recipientGroups = recipientGroups == null ? Set.of() : Set.copyOf(recipientGroups);
        recipientPeople = recipientPeople == null ? Set.of() : Set.copyOf(recipientPeople);
        content = content == null ? AdvisoryContent.blank() : content;
    }

    public static AdvisoryForm blank() {
        return new AdvisoryForm(null, null, null, null, null, null, null);
    }

    public static AdvisoryForm of(Advisory a) {
        Distribution d = a.distribution();
        return new AdvisoryForm(a.category(), a.audience(), d.tlp(), d.organisations(), d.groups(), d.people(), a.content());
    }

    /** The same form with the CWE names the catalogue knows filled in where left empty. */
    AdvisoryForm withCweNames(java.util.function.Function<String, java.util.Optional<String>> names) {
        return new AdvisoryForm(category, audience, tlp, recipientOrgs, recipientGroups, recipientPeople,
                content.withCweNames(names));
    }

    /** The distribution it gives, published by {@code organisation} and {@code person}. */
    Distribution distribution(UUID organisation, UUID person) {
        return new Distribution(tlp, organisation, person, recipientOrgs, recipientGroups, recipientPeople);
    }

    /** The form as the page posted it. */
    public static AdvisoryForm of(Map<String, String[]> p) {
        FormFields f = new FormFields(p);
        AdvisoryContent content = new AdvisoryContent(f.text("title"), f.text("summary"), f.text("details"),
                f.rows("products", r -> new Product(r.one("vendor"), r.one("name"), r.one("version"), r.one("cpe"), r.one("purl"))),
                f.rows("vulnerabilities", AdvisoryForm::vulnerability),
                f.rows("references", r -> new Reference(r.one("url"), r.text("summary"))),
                f.lines("acknowledgments"), f.lines("stixIds"));
        return new AdvisoryForm(Category.ofCsaf(f.one("category")), Audience.parse(f.one("audience")), tlp(f.one("tlp")),
                f.uuids("recipientOrgs"), f.uuids("recipientGroups"), f.uuids("recipientPeople"), content);
    }

    private static Vulnerability vulnerability(FormFields r) {
        return new Vulnerability(r.one("cve"), r.one("cwe"), r.one("cweName"), r.one("cvss31"), r.one("cvss40"),
                r.text("title"), r.text("notes"), r.numbers("affected"), r.numbers("fixed"), r.one("remediationCategory"),
                r.text("remediation"));
    }

    private static Tlp tlp(String value) {
        try {
            return value == null || value.isBlank() ? Tlp.CLEAR : Tlp.parse(value);
        } catch (RuntimeException e) {
            throw new InputRejected("tlp", value, "must be CLEAR, GREEN, AMBER, AMBER+STRICT or RED");
        }
    }

    /** Flat form fields under a prefix ({@code products[2].}). */
    record FormFields(Map<String, String[]> p, String prefix) {

        FormFields(Map<String, String[]> p) {
            this(p, "");
        }

        String one(String name) {
            String[] v = p.get(prefix + name);
            return v == null || v.length == 0 ? "" : v[0];
        }

        Text text(String name) {
            return new Text(one(name + ".en"), one(name + ".ur"));
        }

        List<String> lines(String name) {
            return one(name).lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        Set<UUID> uuids(String name) {
            String[] v = p.getOrDefault(prefix + name, new String[0]);
            Set<UUID> ids = new java.util.HashSet<>();
            for (String s : v) {
                try {
                    ids.add(UUID.fromString(s.strip()));
                } catch (IllegalArgumentException e) {
                    throw new InputRejected(name, s, "is not an id");
                }
            }
            return ids;
        }

        /** The numbers listed, separated by commas or spaces ("1, 3"), or checked boxes. */
        List<Integer> numbers(String name) {
            List<Integer> n = new ArrayList<>();
            for (String v : p.getOrDefault(prefix + name, new String[0])) {
                for (String part : v.split("[,\\s]+")) {
                    if (!part.isBlank()) {
                        try {
                            n.add(Integer.parseInt(part.strip()));
                        } catch (NumberFormatException e) {
                            throw new InputRejected(prefix + name, v, "lists products by their numbers, such as 1, 3");
                        }
                    }
                }
            }
            return n;
        }

        /** The rows {@code name[0]}, {@code name[1]} ... up to the last one posted; rows left empty are dropped. */
        <T> List<T> rows(String name, Function<FormFields, T> row) {
            java.util.regex.Pattern numbered = java.util.regex.Pattern.compile(
                    java.util.regex.Pattern.quote(prefix + name + "[") + "(\\d{1,3})\\]\\..*");
            int last = p.keySet().stream().map(numbered::matcher).filter(java.util.regex.Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(-1);
            List<T> rows = new ArrayList<>();
            for (int i = 0; i <= Math.min(last, 499); i++) {
                FormFields r = new FormFields(p, prefix + name + "[" + i + "].");
                if (r.hasAny()) {
                    rows.add(row.apply(r));
                }
            }
            return rows;
        }

        private boolean hasAny() {
            return p.entrySet().stream().anyMatch(e -> e.getKey().startsWith(prefix)
                    && java.util.Arrays.stream(e.getValue()).anyMatch(v -> !v.isBlank()));
        }
    }
}
