package org.sipar.intel.internal.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.sipar.identity.CurrentUser;
import org.sipar.intel.ImportHistory;
import org.sipar.intel.ImportRecord;
import org.sipar.intel.ImportReport;
import org.sipar.intel.ImportViewer;
import org.sipar.intel.ImportedObjects;
import org.sipar.platform.NotFound;
import org.sipar.sharing.Readers;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The history of imports over REST: the list, one import's report with who imported what for whom, and the
 * objects it stored. An import is shown to the person who started it, the administrators of the organisation it
 * published for and hub administrators; to anyone else it does not exist (404). Its objects are listed as the
 * caller may read them under the sharing policy.
 */
@RestController
@RequestMapping("/api/v1/intel")
@Tag(name = "Intelligence")
class ImportHistoryApi {

    private static final String PROBLEM = "application/problem+json";

    private final ImportHistory history;
    private final Readers readers;

    ImportHistoryApi(ImportHistory history, Readers readers) {
        this.history = history;
        this.readers = readers;
    }

    @GetMapping("/imports")
    @Operation(summary = "List imports", description = "The imports the caller may see, newest first: their own, every"
            + " import of their organisation for its administrators, every import for hub administrators. A running"
            + " import's counts are those of the batches stored so far.")
    @ApiResponse(responseCode = "200", description = "One page; `total` counts every import the caller may see")
    ImportRecord.Page imports(Authentication auth,
                              @Parameter(description = "How many imports to skip") @RequestParam(defaultValue = "0") int offset,
                              @Parameter(description = "Page size, 1 to 200") @RequestParam(defaultValue = "50") int limit) {
        return history.imports(viewer(auth), offset, limit);
    }

    @GetMapping("/imports/{id}")
    @Operation(summary = "Read an import's report", description = "The progress of a running import or the report of a"
            + " finished one: counts per type, every rejection, conflict and warning with its object (the first 1,000"
            + " objects with warnings; the notes count the rest), and under `import` the file, its size, who imported"
            + " it for which organisation, the TLP of unmarked objects and the recipients.")
    @ApiResponse(responseCode = "200", description = "The report")
    @ApiResponse(responseCode = "404", description = "No such import the caller may see",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    Detail report(Authentication auth, @Parameter(description = "The import's id") @PathVariable UUID id) {
        ImportRecord found = history.find(viewer(auth), id).orElseThrow(() -> new NotFound("import", id));
        return new Detail(found.report(), withoutReport(found));
    }

    @GetMapping("/imports/{id}/objects")
    @Operation(summary = "List the objects an import stored", description = "The versions the import stored, in the"
            + " order stored, as far as the caller may see them under the sharing policy; deleted versions are gone.")
    @ApiResponse(responseCode = "200", description = "One page; pass `next` as `after` while `more` is true")
    @ApiResponse(responseCode = "404", description = "No such import the caller may see",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ImportedObjects objects(Authentication auth, @Parameter(description = "The import's id") @PathVariable UUID id,
                            @Parameter(description = "Paging cursor: the `next` of the previous page") @RequestParam(defaultValue = "0") long after,
                            @Parameter(description = "Page size, 1 to 500") @RequestParam(defaultValue = "100") int limit) {
        return history.objects(viewer(auth), id, after, limit).orElseThrow(() -> new NotFound("import", id));
    }

    private ImportViewer viewer(Authentication auth) {
        return ImportViewer.of(readers.of(auth), CurrentUser.of(auth));
    }

    private static ImportRecord withoutReport(ImportRecord r) {
        return new ImportRecord(r.id(), r.status(), r.source(), r.sizeBytes(), r.importer(), r.organisation(),
                r.defaultTlp(), r.recipients(), r.queuedAt(), r.startedAt(), r.finishedAt(), r.processed(), r.stored(),
                r.warnings(), null);
    }

    /** The report as it always was, and beside it what the history knows of the import. */
    record Detail(@JsonUnwrapped ImportReport report, @JsonProperty("import") ImportRecord details) {
    }
}
