package org.sipar.intel.internal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sipar.intel.ImportReport;
import org.sipar.intel.Intelligence;
import org.sipar.intel.Redistribution;
import org.sipar.platform.InputRejected;
import org.sipar.platform.NotFound;
import org.sipar.sharing.Reader;
import org.sipar.sharing.Tlp;
import org.springframework.stereotype.Component;

/**
 * Applies an import's distribution to the objects it found held already with another one (point 4 of issue 9):
 * each through {@link Intelligence#redistribute}, so each is one audited redistribution like any other. An object
 * whose version carries its own TLP marking keeps its level and takes the import's recipients; one whose versions
 * disagree with the import's level by their own markings is left, and named.
 */
@Component
class ImportRedistribution {

    private final Intelligence intelligence;

    ImportRedistribution(Intelligence intelligence) {
        this.intelligence = intelligence;
    }

    /**
     * What applying did: how many objects and versions changed, and the objects left as they were with why.
     *
     * @param refused each left object's id and reason
     */
    record Applied(int objects, int versions, List<String> refused) {
    }

    Applied apply(Reader reader, UUID importId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InputRejected("reason", "", "is required: say why the distribution changes (it is kept in the audit trail)");
        }
        ImportReport report = intelligence.importReport(reader, importId).orElseThrow(() -> new NotFound("import", importId));
        ImportReport.Sharing s = report.sharing();
        int objects = 0;
        int versions = 0;
        List<String> refused = new ArrayList<>();
        for (String id : s.redistributableIds()) {
            Redistribution.Held held = intelligence.held(reader, id).orElse(null);
            if (held == null) {
                continue; // deleted since the import
            }
            Tlp tlp = held.ownMarking() != null ? null : s.unmarked();
            try {
                Redistribution.Outcome outcome = intelligence.redistribute(reader,
                        new Redistribution(id, tlp, s.organisations(), s.groups(), s.people(), reason));
                objects += outcome.versions() > 0 ? 1 : 0;
                versions += outcome.versions();
            } catch (InputRejected e) {
                refused.add(id + ": " + e.getMessage());
            }
        }
        return new Applied(objects, versions, refused);
    }
}
