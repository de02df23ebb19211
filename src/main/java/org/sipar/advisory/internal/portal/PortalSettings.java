package org.sipar.advisory.internal.portal;

import org.sipar.platform.InvalidSetting;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the public home page points to ({@code sipar.portal.*}) for what other modules or people answer.
 *
 * @param incidentReport where a visitor reports an incident: the incident module's page by default
 * @param incidentReportOpen whether that page takes reports yet; until it does the home page says it is coming and
 *                           offers {@code incidentContact} instead
 * @param incidentContact an address people report incidents to meanwhile ({@code mailto:} or {@code https:}), or empty
 */
@ConfigurationProperties("sipar.portal")
public record PortalSettings(@DefaultValue("/incidents/report") String incidentReport,
                             @DefaultValue("false") boolean incidentReportOpen,
                             @DefaultValue("") String incidentContact) {

    public PortalSettings {
        if (!incidentReport.startsWith("/") && !incidentReport.startsWith("https://")) {
            throw new InvalidSetting("sipar.portal.incident-report", incidentReport, "a path such as /incidents/report or an https: address");
        }
        incidentContact = incidentContact.strip();
        if (!incidentContact.isEmpty() && !incidentContact.startsWith("mailto:") && !incidentContact.startsWith("https://")) {
            throw new InvalidSetting("sipar.portal.incident-contact", incidentContact, "a mailto: or https: address, such as mailto:incident@cert.example");
        }
    }

    /** What the contact shows: the e-mail address without {@code mailto:}, or the web address. */
    public String contactLabel() {
        return incidentContact.replaceFirst("^mailto:", "");
    }
}
