package org.sipar.advisory.internal.kev;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One known exploited vulnerability, in the fields of CISA's KEV catalogue: checked already (see {@link KevDraft}).
 *
 * @param knownRansomwareCampaignUse {@code Known} or {@code Unknown}
 * @param notes empty when there are none
 */
public record KevEntry(String cveId, String vendorProject, String product, String vulnerabilityName,
                       LocalDate dateAdded, String shortDescription, String requiredAction, LocalDate dueDate,
                       String knownRansomwareCampaignUse, String notes, List<String> cwes) {

    public KevEntry {
        Objects.requireNonNull(cveId, "cveId");
        notes = notes == null ? "" : notes;
        cwes = cwes == null ? List.of() : List.copyOf(cwes);
    }

    /** Whether a ransomware campaign is known to have used it. */
    public boolean ransomware() {
        return "Known".equals(knownRansomwareCampaignUse);
    }

    /** The entry as the form shows it, to edit. */
    public KevDraft draft() {
        return new KevDraft(cveId, vendorProject, product, vulnerabilityName, dateAdded.toString(), shortDescription,
                requiredAction, dueDate.toString(), knownRansomwareCampaignUse, notes, String.join(", ", cwes));
    }
}
