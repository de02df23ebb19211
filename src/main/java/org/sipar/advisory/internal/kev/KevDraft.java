package org.sipar.advisory.internal.kev;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.sipar.platform.InputRejected;
import org.sipar.platform.InputRejected.Problem;

/**
 * An entry as typed in the form or read from a file, every field as text (CWEs separated by commas), to be
 * checked: {@link #problems(String)} names each bad field with CISA's field name, so an importer and a form read
 * the same words.
 */
public record KevDraft(String cveID, String vendorProject, String product, String vulnerabilityName, String dateAdded,
                       String shortDescription, String requiredAction, String dueDate,
                       String knownRansomwareCampaignUse, String notes, String cwes) {

    static final Pattern CVE = Pattern.compile("CVE-\\d{4}-\\d{4,19}");
    private static final Pattern CWE = Pattern.compile("CWE-\\d+");
    static final List<String> RANSOMWARE = List.of("Known", "Unknown");

    /** An empty form. */
    public static KevDraft blank() {
        return new KevDraft("", "", "", "", "", "", "", "", "Unknown", "", "");
    }

    /** What is wrong with each field, the field named {@code prefix} followed by CISA's name; empty when none is. */
    public List<Problem> problems(String prefix) {
        List<Problem> found = new ArrayList<>();
        if (cveID == null || !CVE.matcher(cveID).matches()) {
            found.add(problem(prefix, "cveID", cveID, "is not a CVE identifier (CVE-YYYY-NNNN)", "advisory.kev.cve"));
        }
        required(found, prefix, "vendorProject", vendorProject);
        required(found, prefix, "product", product);
        required(found, prefix, "vulnerabilityName", vulnerabilityName);
        date(found, prefix, "dateAdded", dateAdded);
        required(found, prefix, "shortDescription", shortDescription);
        required(found, prefix, "requiredAction", requiredAction);
        date(found, prefix, "dueDate", dueDate);
        if (knownRansomwareCampaignUse != null && !RANSOMWARE.contains(knownRansomwareCampaignUse)) {
            found.add(problem(prefix, "knownRansomwareCampaignUse", knownRansomwareCampaignUse,
                    "must be Known or Unknown", "advisory.kev.ransomware"));
        }
        cweList().stream().filter(c -> !CWE.matcher(c).matches()).findFirst().ifPresent(c -> found.add(
                problem(prefix, "cwes", c, "is not a CWE identifier (CWE-N)", "advisory.kev.cwe")));
        return found;
    }

    /**
     * The entry, once {@link #problems(String)} found none; else the failure naming them. Text is kept as given
     * (CISA's has trailing spaces here and there, and the catalogue gives it back as it came).
     */
    public KevEntry entry() {
        List<Problem> found = problems("");
        if (!found.isEmpty()) {
            throw new InputRejected(found);
        }
        return new KevEntry(cveID, vendorProject, product, vulnerabilityName, LocalDate.parse(dateAdded),
                shortDescription, requiredAction, LocalDate.parse(dueDate),
                knownRansomwareCampaignUse == null ? "Unknown" : knownRansomwareCampaignUse, notes, cweList());
    }

    /** The draft without the spaces around each field, as a form's typing leaves them; null fields stay null. */
    public KevDraft stripped() {
        return new KevDraft(strip(cveID), strip(vendorProject), strip(product), strip(vulnerabilityName),
                strip(dateAdded), strip(shortDescription), strip(requiredAction), strip(dueDate),
                strip(knownRansomwareCampaignUse), strip(notes), strip(cwes));
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private List<String> cweList() {
        return cwes == null ? List.of()
                : Arrays.stream(cwes.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    private static void required(List<Problem> found, String prefix, String field, String value) {
        if (value == null || value.isBlank()) {
            found.add(problem(prefix, field, value, "is required", "advisory.kev.required"));
        }
    }

    private static void date(List<Problem> found, String prefix, String field, String value) {
        try {
            LocalDate.parse(value == null ? "" : value);
        } catch (DateTimeParseException e) {
            found.add(problem(prefix, field, value, "is not a day (YYYY-MM-DD)", "advisory.kev.date"));
        }
    }

    private static Problem problem(String prefix, String field, String value, String reason, String key) {
        return new Problem(prefix + field, value, reason, key, List.of());
    }
}
