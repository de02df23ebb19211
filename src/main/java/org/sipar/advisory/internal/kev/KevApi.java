package org.sipar.advisory.internal.kev;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue's REST API: importing CISA's KEV catalogue. Reading it is {@code /kev.json}, open to all. */
@RestController
@Tag(name = "Known exploited vulnerabilities")
class KevApi {

    private final KevChanges changes;

    KevApi(KevChanges changes) {
        this.changes = changes;
    }

    @Operation(summary = "Import CISA's KEV catalogue JSON (known_exploited_vulnerabilities.json)",
            description = "Analysts and administrators. Adds new entries and updates changed ones; a CVE is never"
                    + " duplicated, and national entries (added or edited in Sipar) are kept as they are. A bad file"
                    + " is refused whole (400) with each problem naming the entry and field, such as"
                    + " `vulnerabilities[3].dateAdded`.")
    @PostMapping(path = "/api/v1/kev/import", consumes = "application/json")
    ImportResult importCisa(Authentication auth, HttpServletRequest request) throws IOException {
        return changes.importCisa(KevChanges.editor(auth), request.getInputStream(), "API");
    }
}
