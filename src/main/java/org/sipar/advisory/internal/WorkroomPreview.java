package org.sipar.advisory.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.sipar.advisory.internal.signing.ProviderAddresses;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The revision being written as the CSAF document it will be when published now: the editor's export. */
@Component
public class WorkroomPreview {

    private final CsafDocuments csaf;
    private final PublishedDocuments documents;
    private final ProviderAddresses address;
    private final Clock clock;

    WorkroomPreview(CsafDocuments csaf, PublishedDocuments documents, ProviderAddresses address, Clock clock) {
        this.csaf = csaf;
        this.documents = documents;
        this.address = address;
        this.clock = clock;
    }

    public String json(Advisory a, String lang) {
        String language = "ur".equals(lang) ? "ur" : "en";
        List<CsafDocuments.RevisionEntry> history = new ArrayList<>(documents.history(a.id()));
        history.add(new CsafDocuments.RevisionEntry(a.revision() + 1, clock.instant(),
                a.revision() == 0 ? "Initial release" : "Revision " + (a.revision() + 1)));
        String tracking = Provider.trackingId(a, language);
        String folder = PublishedDocument.folderOf(a.distribution().tlp(),
                a.initialRelease() == null ? clock.instant() : a.initialRelease());
        String self = address.absolute("/.well-known/csaf/" + folder + "/" + Provider.fileName(tracking));
        return CsafDocuments.PRETTY.writeValueAsString(csaf.document(a, language, history, self)) + "\n";
    }
}
