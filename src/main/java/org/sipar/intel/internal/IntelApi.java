package org.sipar.intel.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.sipar.identity.CurrentUser;
import org.sipar.intel.ImportReport;
import org.sipar.intel.Intelligence;
import org.sipar.intel.ObjectPage;
import org.sipar.intel.ObjectQuery;
import org.sipar.intel.Publication;
import org.sipar.intel.Readers;
import org.sipar.platform.NotFound;
import org.sipar.platform.NotPermitted;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The intelligence part of the REST API: import bundles, read their reports, browse and search objects. */
@RestController
@RequestMapping("/api/v1/intel")
class IntelApi {

    private final Intelligence intelligence;
    private final Readers readers;

    IntelApi(Intelligence intelligence, Readers readers) {
        this.intelligence = intelligence;
        this.readers = readers;
    }

    @PostMapping(value = "/bundles", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/stix+json", "application/taxii+json"})
    ResponseEntity<ImportReport> ingest(Authentication auth, HttpServletRequest request,
                                        @RequestParam(defaultValue = "") List<UUID> organisations,
                                        @RequestParam(defaultValue = "") List<UUID> groups,
                                        @RequestParam(defaultValue = "") List<UUID> people) throws IOException {
        CurrentUser user = CurrentUser.of(auth).filter(IntelPages::publishes)
                .orElseThrow(() -> new NotPermitted("Only analysts and administrators publish intelligence"));
        Publication publication = new Publication(user.organisationId(), user.personId(), Set.copyOf(organisations),
                Set.copyOf(groups), Set.copyOf(people), "API");
        ImportReport report = intelligence.ingest(request.getInputStream(), publication);
        return ResponseEntity.status("complete".equals(report.status()) ? 201 : 422).body(report);
    }

    @GetMapping("/imports/{id}")
    ImportReport report(Authentication auth, @PathVariable UUID id) {
        return intelligence.importReport(readers.of(auth), id).orElseThrow(() -> new NotFound("import", id));
    }

    @GetMapping("/objects")
    ObjectPage objects(Authentication auth, @RequestParam(defaultValue = "") List<String> type,
                       @RequestParam(required = false) String q, @RequestParam(defaultValue = "last") List<String> version,
                       @RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "100") int limit) {
        ObjectQuery query = new ObjectQuery(new ObjectQuery.Scope.All(), null, List.of(), type, version, List.of(), q,
                after, Math.clamp(limit, 1, 1000));
        return intelligence.objects(readers.of(auth), query);
    }

    @GetMapping("/objects/{id}")
    ObjectPage object(Authentication auth, @PathVariable String id, @RequestParam(defaultValue = "last") List<String> version) {
        ObjectQuery query = new ObjectQuery(new ObjectQuery.Scope.All(), null, List.of(id), List.of(), version, List.of(),
                null, 0, 1000);
        ObjectPage page = intelligence.objects(readers.of(auth), query);
        if (page.objects().isEmpty()) {
            throw new NotFound("object", id);
        }
        return page;
    }
}
