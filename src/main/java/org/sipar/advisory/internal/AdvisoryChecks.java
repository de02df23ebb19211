package org.sipar.advisory.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.sipar.advisory.internal.AdvisoryContent.Product;
import org.sipar.advisory.internal.AdvisoryContent.Vulnerability;
import org.sipar.platform.InputRejected;
import org.sipar.platform.InputRejected.Problem;
import org.springframework.stereotype.Component;

/**
 * What an advisory must be. A draft may be incomplete, but what it says must be well formed ({@link #formatOf}:
 * a CVE id, a CVSS vector, a URL); sending it for review and approving it need it whole for its CSAF profile
 * ({@link #completenessOf}). Each problem names the field as the editor's form does ({@code vulnerabilities[0].cve}).
 */
@Component
class AdvisoryChecks {

    private static final Pattern CVE = Pattern.compile("CVE-\\d{4}-\\d{4,}");
    private static final Pattern CWE = Pattern.compile("CWE-[1-9]\\d{0,5}");
    private static final Pattern STIX_ID = Pattern.compile("[a-z][a-z0-9-]+--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int MAX_TEXT = 100_000;
    private final Scores scores;

    AdvisoryChecks(Scores scores) {
        this.scores = scores;
    }

    void formatOf(AdvisoryContent c) {
        List<Problem> problems = new ArrayList<>();
        long size = c.title().en().length() + c.summary().en().length() + c.details().en().length()
                + c.summary().ur().length() + c.details().ur().length();
        if (size > MAX_TEXT) {
            problems.add(new Problem("details.en", null, "the texts are longer than " + MAX_TEXT + " characters together"));
        }
        for (int i = 0; i < c.vulnerabilities().size(); i++) {
            vulnerabilityFormat("vulnerabilities[" + i + "].", c.vulnerabilities().get(i), c.products().size(), problems);
        }
        for (int i = 0; i < c.references().size(); i++) {
            url("references[" + i + "].url", c.references().get(i).url(), problems);
        }
        c.stixIds().stream().filter(id -> !STIX_ID.matcher(id).matches())
                .forEach(id -> problems.add(new Problem("stixIds", id, "is not a STIX id such as indicator--<uuid>")));
        throwIfAny(problems);
    }

    private void vulnerabilityFormat(String at, Vulnerability v, int products, List<Problem> problems) {
        if (!v.cve().isEmpty() && !CVE.matcher(v.cve()).matches()) {
            problems.add(new Problem(at + "cve", v.cve(), "is not a CVE id: CVE-, the year, -, four or more digits (CVE-2026-12345)"));
        }
        if (!v.cwe().isEmpty() && !CWE.matcher(v.cwe()).matches()) {
            problems.add(new Problem(at + "cwe", v.cwe(), "is not a CWE id such as CWE-79"));
        }
        scores.check(at + "cvss31", v.cvss31(), "3.1", problems);
        scores.check(at + "cvss40", v.cvss40(), "4.0", problems);
        for (int n : concat(v.affected(), v.fixed())) {
            if (n < 1 || n > products) {
                problems.add(new Problem(at + "affected", String.valueOf(n), "names no product: the products are numbered 1 to " + products));
            }
        }
        v.affected().stream().filter(v.fixed()::contains).distinct().forEach(n -> problems.add(new Problem(at + "fixed",
                String.valueOf(n), "product " + n + " cannot be both affected and fixed")));
    }

    /** What a revision needs before review: the title and summary, and what its CSAF profile requires. */
    void completenessOf(Advisory a) {
        AdvisoryContent c = a.content();
        List<Problem> problems = new ArrayList<>();
        required("title.en", c.title().en(), problems);
        required("summary.en", c.summary().en(), problems);
        if (a.category().aboutProducts()) {
            productsComplete(c, problems);
            if (a.category() == Category.VEX) {
                vexComplete(c, problems);
            }
        } else {
            if (a.category() == Category.INFORMATIONAL_ADVISORY && !c.vulnerabilities().isEmpty()) {
                problems.add(new Problem("vulnerabilities", null, "an informational advisory lists no vulnerabilities (CSAF 6.1.27.3): make it a security advisory"));
            }
            if (c.references().isEmpty()) {
                problems.add(new Problem("references[0].url", null, "this profile needs at least one reference to read further (CSAF 6.1.27.2)"));
            }
            required("details.en", c.details().en(), problems);
        }
        throwIfAny(problems);
        formatOf(c);
    }

    private static void productsComplete(AdvisoryContent c, List<Problem> problems) {
        if (c.products().isEmpty()) {
            problems.add(new Problem("products[0].name", null, "name at least one product: this profile needs a product tree"));
        }
        for (int i = 0; i < c.products().size(); i++) {
            Product p = c.products().get(i);
            required("products[" + i + "].vendor", p.vendor(), problems);
            required("products[" + i + "].name", p.name(), problems);
        }
        if (c.vulnerabilities().isEmpty()) {
            problems.add(new Problem("vulnerabilities[0].cve", null, "describe at least one vulnerability"));
        }
        var seen = new HashSet<String>();
        for (int i = 0; i < c.vulnerabilities().size(); i++) {
            Vulnerability v = c.vulnerabilities().get(i);
            String at = "vulnerabilities[" + i + "].";
            required(at + "notes.en", v.notes().en(), problems);
            if (v.affected().isEmpty() && v.fixed().isEmpty()) {
                problems.add(new Problem(at + "affected", null, "say which products are affected or fixed"));
            }
            if (!v.cwe().isEmpty() && v.cweName().isEmpty()) {
                problems.add(new Problem(at + "cweName", null, "give the weakness's name exactly as the CWE list has it"));
            }
            if (!v.cve().isEmpty() && !seen.add(v.cve())) {
                problems.add(new Problem(at + "cve", v.cve(), "is listed twice (CSAF 6.1.23)"));
            }
        }
    }

    /** A VEX names each vulnerability (6.1.27.8) and says what to do where products are affected (6.1.27.10). */
    private static void vexComplete(AdvisoryContent c, List<Problem> problems) {
        for (int i = 0; i < c.vulnerabilities().size(); i++) {
            Vulnerability v = c.vulnerabilities().get(i);
            required("vulnerabilities[" + i + "].cve", v.cve(), problems);
            if (!v.affected().isEmpty()) {
                required("vulnerabilities[" + i + "].remediation.en", v.remediation().en(), problems);
            }
        }
    }

    void reasonGiven(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InputRejected(field, text, "say why, in a sentence");
        }
    }

    private static void url(String field, String url, List<Problem> problems) {
        try {
            URI uri = new URI(url);
            if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) || uri.getHost() == null) {
                problems.add(new Problem(field, url, "is not an http or https address"));
            }
        } catch (java.net.URISyntaxException e) {
            problems.add(new Problem(field, url, "is not an address: " + e.getReason() + " at character " + (e.getIndex() + 1)));
        }
    }

    private static void required(String field, String value, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, null, "is required"));
        }
    }

    private static List<Integer> concat(List<Integer> a, List<Integer> b) {
        List<Integer> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
    }
}
