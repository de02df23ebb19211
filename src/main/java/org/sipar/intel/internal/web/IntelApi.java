package org.sipar.intel.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sipar.identity.CurrentUser;
import org.sipar.intel.ImportQueueFull;
import org.sipar.intel.ImportReport;
import org.sipar.intel.ImportStatus;
import org.sipar.intel.Intelligence;
import org.sipar.intel.ObjectPage;
import org.sipar.intel.ObjectQuery;
import org.sipar.intel.Publication;
import org.sipar.intel.VersionSelection;
import org.sipar.platform.Audit;
import org.sipar.platform.NotFound;
import org.sipar.platform.NotPermitted;
import org.sipar.platform.Prefer;
import org.sipar.platform.ParameterValues;
import org.sipar.sharing.Reader;
import org.sipar.sharing.Readers;
import org.sipar.sharing.Tlp;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The intelligence part of the REST API: import bundles, read their reports, browse, filter and search objects. */
@RestController
@RequestMapping("/api/v1/intel")
@Tag(name = "Intelligence", description = "STIX 2.1 objects: import bundles, browse, filter and search. Every answer"
        + " holds only what the sharing policy lets the caller see under TLP 2.0; anonymous callers see TLP:CLEAR.")
class IntelApi {

    private static final String PROBLEM = "application/problem+json";
    /** The schema of a date filter, declared in the API description: a day or an RFC 3339 timestamp. */
    private static final String DATE = "#/components/schemas/DateOrTimestamp";

    private final Intelligence intelligence;
    private final Readers readers;
    private final Recipients recipients;
    private final Audit audit;

    IntelApi(Intelligence intelligence, Readers readers, Recipients recipients, Audit audit) {
        this.intelligence = intelligence;
        this.audit = audit;
        this.readers = readers;
        this.recipients = recipients;
    }

    @PostMapping(value = "/bundles", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/stix+json", "application/taxii+json"})
    @Operation(summary = "Import a STIX bundle",
            description = "Checks every object of a STIX 2.1 (or 2.0, upgraded) bundle and stores those accepted, marked"
                    + " with their TLP and shared with the named recipients. Analysts and administrators only. The bundle"
                    + " is kept on disk and imported through the import queue, which survives a restart. With"
                    + " `Prefer: respond-async` (RFC 7240) the answer is `202` as soon as the import is queued, with its"
                    + " `Location` to follow; otherwise it is the finished report.",
            requestBody = @RequestBody(required = true, description = "A STIX bundle",
                    content = @Content(schema = @Schema(type = "object", example = "{\"type\":\"bundle\",\"id\":\"bundle--…\",\"objects\":[]}"))))
    @ApiResponse(responseCode = "201", description = "Every object was read; the report says what was accepted and rejected")
    @ApiResponse(responseCode = "202", description = "With `Prefer: respond-async`: the import is queued; `Location` is its"
            + " report (`/api/v1/intel/imports/{id}`), the body its queued report",
            headers = {@Header(name = "Location", description = "The import's report", schema = @Schema(type = "string")),
                    @Header(name = "Preference-Applied", description = "`respond-async`", schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "503", description = "The import queue is full (`sipar.intel.import-queue-capacity`); nothing"
            + " was kept. Try again after `Retry-After` seconds",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = "integer")),
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "400", description = "A recipient that does not exist, or an unknown `tlp`; `errors` names each",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The import stopped; the report says why")
    @ApiResponse(responseCode = "403", description = "The caller may not publish", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ImportReport> ingest(Authentication auth, HttpServletRequest request,
                                        @Parameter(description = "`respond-async` to be answered `202` once the import is"
                                                + " queued, rather than with the finished report")
                                        @RequestHeader(name = "Prefer", required = false) List<String> prefer,
                                        @Parameter(description = "Organisations the objects are shared with (AMBER and AMBER+STRICT)",
                                                array = @ArraySchema(schema = @Schema(format = "uuid")))
                                        @RequestParam(required = false) List<String> organisations,
                                        @Parameter(description = "Sharing groups the objects are shared with (AMBER)",
                                                array = @ArraySchema(schema = @Schema(format = "uuid")))
                                        @RequestParam(required = false) List<String> groups,
                                        @Parameter(description = "People the objects are shared with (RED)",
                                                array = @ArraySchema(schema = @Schema(format = "uuid")))
                                        @RequestParam(required = false) List<String> people,
                                        @Parameter(description = "The TLP level of objects that carry no TLP marking of their"
                                                + " own (those that do keep theirs); `sipar.intel.default-tlp` (AMBER unless"
                                                + " configured) when absent",
                                                schema = @Schema(allowableValues = {"CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED"}))
                                        @RequestParam(required = false) String tlp,
                                        @Parameter(description = "Hub administrators only: publish for this organisation, into"
                                                + " its copy of each object (audited)", schema = @Schema(format = "uuid"))
                                        @RequestParam(name = "on_behalf_of", required = false) String onBehalfOf) throws IOException {
        CurrentUser user = CurrentUser.of(auth).filter(CurrentUser::publishes)
                .orElseThrow(() -> new NotPermitted("Only analysts and administrators publish intelligence"));
        // Checked before the body is read, so that nothing of an import with a bad recipient is stored.
        Recipients.Named to = recipients.check(organisations, groups, people);
        Tlp unmarked = SharingForms.level("tlp", tlp, null);
        UUID publisher = publisher(user, onBehalfOf);
        Publication publication = new Publication(publisher, user.personId(), to.organisations(),
                to.groups(), to.people(), "API", unmarked);
        if (Prefer.respondAsync(prefer)) {
            ImportReport queued = intelligence.submit(publication, out -> request.getInputStream().transferTo(out));
            onBehalf(user, publisher, queued.id());
            return ResponseEntity.accepted().location(URI.create("/api/v1/intel/imports/" + queued.id()))
                    .header("Preference-Applied", "respond-async").body(queued);
        }
        UUID importId = UUID.randomUUID();
        onBehalf(user, publisher, importId);
        ImportReport report = intelligence.ingest(importId, request.getInputStream(), publication);
        return ResponseEntity.status(report.status() == ImportStatus.COMPLETE ? 201 : 422).body(report);
    }

    /** Records in the audit trail an import published for another organisation than the caller's. */
    private void onBehalf(CurrentUser user, UUID publisher, UUID importId) {
        if (!publisher.equals(user.organisationId())) {
            audit.record("intel.import.on-behalf", publisher.toString(), Map.of("import", importId.toString()));
        }
    }

    /** The import queue is full: 503 with a pause to retry after, and nothing kept. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> queueFull(ImportQueueFull e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Import queue full");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", String.valueOf(e.retryAfterSeconds())).body(problem);
    }

    /** The organisation an import publishes for: the caller's own, or (hub administrators only) the one named. */
    private UUID publisher(CurrentUser user, String onBehalfOf) {
        if (onBehalfOf == null || onBehalfOf.isBlank()) {
            return user.organisationId();
        }
        if (!user.isHubAdmin()) {
            throw new NotPermitted("Only hub administrators publish for another organisation (on_behalf_of)");
        }
        return recipients.organisation("on_behalf_of", onBehalfOf.strip());
    }

    @GetMapping("/objects")
    @Operation(summary = "Browse, filter and search objects",
            description = "The objects the caller may see, a page at a time: in the order they were added, by relevance"
                    + " when searching (exact name, alias, external id such as T0807 and STIX id first, then name prefixes,"
                    + " then full-text rank), or by `sort` and `order`; with the number found in all and per type and TLP"
                    + " level (counting only what the caller may see; `counts=false` leaves them out). Filters are"
                    + " ANDed; the values of one filter (repeated parameters, or comma-separated) are ORed. A filter only"
                    + " narrows what the sharing policy lets the caller see. Dates are RFC 3339 timestamps or days"
                    + " (YYYY-MM-DD, meaning 00:00 UTC); *_after includes its instant, *_before excludes it.")
    @ApiResponse(responseCode = "200", description = "One page; pass nextSeq as `after` (and nextKey as `after_key` in any"
            + " order but added) while `more` is true")
    @ApiResponse(responseCode = "400", description = "A bad filter value; `errors` names each parameter and value",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "A publisher filter the caller may not use",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ObjectList objects(Authentication auth,
                       @Parameter(description = "STIX types, such as indicator or malware (any of)")
                       @RequestParam(required = false) List<String> type,
                       @Parameter(description = "Full-text search over names, descriptions and values (web-search syntax:"
                               + " words, \"quoted phrases\", or, -excluded)")
                       @RequestParam(required = false) String q,
                       @Parameter(description = "Labels from the objects' `labels` property (any of)")
                       @RequestParam(required = false) List<String> label,
                       @Parameter(description = "TLP levels (any of); AMBER+STRICT may also be written AMBER_STRICT",
                               array = @ArraySchema(schema = @Schema(allowableValues = {"CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED"})))
                       @RequestParam(required = false) List<String> tlp,
                       @Parameter(description = "Publishing organisations' ids (any of): the caller's own organisation,"
                               + " or any for hub administrators", array = @ArraySchema(schema = @Schema(format = "uuid")))
                       @RequestParam(required = false) List<String> publisher,
                       @Parameter(description = "Only objects added to Sipar at or after this time", example = "2026-01-01", schema = @Schema(ref = DATE))
                       @RequestParam(name = "added_after", required = false) String addedAfter,
                       @Parameter(description = "Only objects added to Sipar before this time", example = "2026-02-01T00:00:00Z", schema = @Schema(ref = DATE))
                       @RequestParam(name = "added_before", required = false) String addedBefore,
                       @Parameter(description = "Only versions whose STIX `modified` is at or after this time", schema = @Schema(ref = DATE))
                       @RequestParam(name = "modified_after", required = false) String modifiedAfter,
                       @Parameter(description = "Only versions whose STIX `modified` is before this time", schema = @Schema(ref = DATE))
                       @RequestParam(name = "modified_before", required = false) String modifiedBefore,
                       @Parameter(description = "Which versions: last, first, all, or STIX modified timestamps")
                       @RequestParam(defaultValue = "last") List<String> version,
                       @Parameter(description = "Paging cursor: the nextSeq of the previous page")
                       @RequestParam(defaultValue = "0") long after,
                       @Parameter(description = "With any sort but added, past the first page: the nextKey of the previous page")
                       @RequestParam(name = "after_key", required = false) String afterKey,
                       @Parameter(description = "Order: added (the default), relevance (the default with q), name, type, modified or tlp",
                               schema = @Schema(allowableValues = {"added", "relevance", "name", "type", "modified", "tlp"}))
                       @RequestParam(required = false) String sort,
                       @Parameter(description = "asc (the default) or desc; added and relevance are ascending only",
                               schema = @Schema(allowableValues = {"asc", "desc"}))
                       @RequestParam(required = false) String order,
                       @Parameter(description = "Whether to count what the query finds (total, types, tlps); false to page faster")
                       @RequestParam(defaultValue = "true") boolean counts,
                       @Parameter(description = "Page size, 1 to 1000")
                       @RequestParam(defaultValue = "100") int limit) {
        BrowseFilters filters = new BrowseFilters(label, tlp, publisher, addedAfter, addedBefore, modifiedAfter, modifiedBefore);
        boolean searching = q != null && !q.isBlank();
        ObjectQuery query = ObjectQuery.all(Math.clamp(limit, 1, 1000)).withTypes(ParameterValues.list(type))
                .withVersions(versions(version)).withText(q).withAfterSeq(after).withFacets(filters.facets(CurrentUser.of(auth)))
                .withOrder(ListOrder.parse(sort, order, afterKey, after, searching));
        Reader reader = readers.of(auth);
        return ObjectList.of(intelligence.objects(reader, query), counts ? intelligence.counts(reader, query) : null);
    }

    @GetMapping("/objects/{id}")
    @Operation(summary = "Read one object", description = "The object's latest version the caller may see, or the"
            + " versions asked for.")
    @ApiResponse(responseCode = "200", description = "The versions found")
    @ApiResponse(responseCode = "404", description = "No such object, or none the caller may see",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ObjectPage object(Authentication auth, @Parameter(description = "The STIX id, such as indicator--…") @PathVariable String id,
                      @Parameter(description = "Which versions: last, first, all, or STIX modified timestamps")
                      @RequestParam(defaultValue = "last") List<String> version) {
        ObjectPage page = intelligence.objects(readers.of(auth),
                ObjectQuery.all(1000).withIds(List.of(id)).withVersions(versions(version)));
        if (page.objects().isEmpty()) {
            throw new NotFound("object", id);
        }
        return page;
    }

    /** The versions the parameter {@code version} asks for. */
    private static List<VersionSelection> versions(List<String> version) {
        return ParameterValues.list(version).stream().map(v -> VersionSelection.parse("version", v)).toList();
    }
}
