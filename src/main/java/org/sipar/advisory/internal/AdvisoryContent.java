package org.sipar.advisory.internal;

import java.util.List;

/**
 * What an analyst writes in an advisory, in the shape of the editor's form; the CSAF documents are made from it
 * ({@link CsafDocuments}). Products are numbered by their place in the list, and vulnerabilities name them so.
 *
 * @param title the document's title
 * @param summary the short text of lists, feeds and mail (CSAF note of category {@code summary}); Markdown
 * @param details the body (CSAF note of category {@code description}); Markdown
 * @param products the affected and fixed products
 * @param vulnerabilities the vulnerabilities, for security advisories and VEX
 * @param references links to read further
 * @param acknowledgments the names of those thanked
 * @param stixIds the STIX objects (indicators, vulnerabilities, techniques) the advisory refers to
 */
public record AdvisoryContent(Text title, Text summary, Text details, List<Product> products,
                              List<Vulnerability> vulnerabilities, List<Reference> references,
                              List<String> acknowledgments, List<String> stixIds) {

    public AdvisoryContent {
        title = title == null ? Text.EMPTY : title;
        summary = summary == null ? Text.EMPTY : summary;
        details = details == null ? Text.EMPTY : details;
        products = products == null ? List.of() : List.copyOf(products);
        vulnerabilities = vulnerabilities == null ? List.of() : List.copyOf(vulnerabilities);
        references = references == null ? List.of() : List.copyOf(references);
        acknowledgments = acknowledgments == null ? List.of() : acknowledgments.stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        stixIds = stixIds == null ? List.of() : stixIds.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The same content with each CWE's name, where left empty, as the catalogue {@code names} gives it. */
    public AdvisoryContent withCweNames(java.util.function.Function<String, java.util.Optional<String>> names) {
        List<Vulnerability> named = vulnerabilities.stream().map(v -> v.cwe().isEmpty() || !v.cweName().isEmpty() ? v
                : new Vulnerability(v.cve(), v.cwe(), names.apply(v.cwe()).orElse(""), v.cvss31(), v.cvss40(), v.title(),
                        v.notes(), v.affected(), v.fixed(), v.remediationCategory(), v.remediation())).toList();
        return new AdvisoryContent(title, summary, details, products, named, references, acknowledgments, stixIds);
    }

    public static AdvisoryContent blank() {
        return new AdvisoryContent(null, null, null, null, null, null, null, null);
    }

    /** A product an advisory speaks of: a vendor's product at a version, named by CPE 2.3 or package URL too. */
    public record Product(String vendor, String name, String version, String cpe, String purl) {
        public Product {
            vendor = strip(vendor);
            name = strip(name);
            version = strip(version);
            cpe = strip(cpe);
            purl = strip(purl);
        }

        /** The full name CSAF gives the product: vendor, product and version. */
        public String fullName() {
            return String.join(" ", List.of(vendor, name, version).stream().filter(s -> !s.isEmpty()).toList());
        }
    }

    /**
     * A vulnerability: its CVE, its weakness, its scores and what to do.
     *
     * @param affected the products (by their place in the list, from 1) that are affected
     * @param fixed the products that carry the fix
     * @param remediationCategory CSAF's remediation category ({@code vendor_fix}, {@code workaround}, ...)
     */
    public record Vulnerability(String cve, String cwe, String cweName, String cvss31, String cvss40, Text title,
                                Text notes, List<Integer> affected, List<Integer> fixed, String remediationCategory,
                                Text remediation) {
        public Vulnerability {
            cve = strip(cve).toUpperCase(java.util.Locale.ROOT);
            cwe = strip(cwe).toUpperCase(java.util.Locale.ROOT);
            cweName = strip(cweName);
            cvss31 = strip(cvss31);
            cvss40 = strip(cvss40);
            title = title == null ? Text.EMPTY : title;
            notes = notes == null ? Text.EMPTY : notes;
            affected = affected == null ? List.of() : List.copyOf(affected);
            fixed = fixed == null ? List.of() : List.copyOf(fixed);
            remediationCategory = strip(remediationCategory).isEmpty() ? "vendor_fix" : strip(remediationCategory);
            remediation = remediation == null ? Text.EMPTY : remediation;
        }
    }

    /** A link to read further, with what it is. */
    public record Reference(String url, Text summary) {
        public Reference {
            url = strip(url);
            summary = summary == null ? Text.EMPTY : summary;
        }
    }

    static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
