package org.sipar.intel.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.sipar.identity.CurrentUser;
import org.sipar.intel.Intelligence;
import org.sipar.intel.Redistribution;
import org.sipar.platform.NotFound;
import org.sipar.platform.NotPermitted;
import org.sipar.sharing.Audience;
import org.sipar.sharing.Distribution;
import org.sipar.sharing.Readers;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who may see an object, changed after import by its publisher, over REST; and an import's distribution applied. */
@RestController
@RequestMapping("/api/v1/intel")
@Tag(name = "Intelligence")
class DistributionApi {

    private static final String PROBLEM = "application/problem+json";

    private final Intelligence intelligence;
    private final Readers readers;
    private final Recipients recipients;
    private final Audience audience;
    private final ImportRedistribution imports;

    DistributionApi(Intelligence intelligence, Readers readers, Recipients recipients, Audience audience,
                    ImportRedistribution imports) {
        this.intelligence = intelligence;
        this.readers = readers;
        this.recipients = recipients;
        this.audience = audience;
        this.imports = imports;
    }

    @GetMapping("/objects/{id}/distribution")
    @Operation(summary = "Read who may see your organisation's copy of an object",
            description = "Its latest version's TLP level and recipients, and who that reaches in names. Publishers"
                    + " (analysts and administrators) of the organisation holding the copy only.")
    @ApiResponse(responseCode = "200", description = "The distribution")
    @ApiResponse(responseCode = "404", description = "The caller's organisation holds no copy of the object",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    View distribution(Authentication auth, @Parameter(description = "The STIX id") @PathVariable String id) {
        Redistribution.Held held = intelligence.held(readers.of(publisher(auth)), id).orElseThrow(() -> new NotFound("object", id));
        return View.of(held.distribution(), held.ownMarking() == null ? null : held.ownMarking().label(), held.versions(),
                audience.of(held.distribution()));
    }

    @PutMapping("/objects/{id}/distribution")
    @Operation(summary = "Change who may see your organisation's copy of an object",
            description = "Widens or narrows the TLP level and replaces the recipients of every version of the copy, for"
                    + " the reason given, which the audit trail keeps (`intel.redistribute`, with the distribution before"
                    + " and after). Versions carrying a TLP marking of their own keep their level: `tlp` must then be"
                    + " theirs or left out. Every output follows at once; the change log tells each version"
                    + " `redistributed` to those who may see it now and `withdrawn` to those who no longer may, and TAXII"
                    + " lists the versions anew (with a new `date_added`) to whoever may see them.")
    @ApiResponse(responseCode = "200", description = "The distribution before and after; `versions` 0 when nothing differed")
    @ApiResponse(responseCode = "400", description = "No reason, an unknown level or recipient, or a level that a version's"
            + " own marking contradicts; `errors` names each", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "The caller may not publish", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "The caller's organisation holds no copy of the object",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    Changed change(Authentication auth, @Parameter(description = "The STIX id") @PathVariable String id,
                   @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true) @RequestBody Change body) {
        CurrentUser user = publisher(auth);
        Recipients.Named to = recipients.check(body.organisations(), body.groups(), body.people());
        Redistribution.Outcome outcome = intelligence.redistribute(readers.of(user), new Redistribution(id,
                SharingForms.level("tlp", body.tlp(), null), to.organisations(), to.groups(), to.people(), body.reason()));
        return new Changed(id, outcome.versions(), outcome.position(), View.of(outcome.before(), null, 0, audience.of(outcome.before())),
                View.of(outcome.after(), null, 0, audience.of(outcome.after())));
    }

    @PostMapping("/imports/{id}/redistribution")
    @Operation(summary = "Apply an import's distribution to the objects it found held with another",
            description = "The import's report counts, in `sharing.redistributable` (ids in `sharing.redistributableIds`),"
                    + " the objects already held in the publisher's copy that arrived with another TLP level or other"
                    + " recipients; the import left them as they were. This gives each the import's recipients and, unless"
                    + " its own marking fixes its level, the import's level: one audited redistribution per object.")
    @ApiResponse(responseCode = "200", description = "How many objects and versions changed, and those left with why")
    @ApiResponse(responseCode = "400", description = "No reason", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such import of the caller's", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ImportRedistribution.Applied apply(Authentication auth, @Parameter(description = "The import's id") @PathVariable UUID id,
                                       @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true) @RequestBody Reason body) {
        return imports.apply(readers.of(publisher(auth)), id, body.reason());
    }

    private static CurrentUser publisher(Authentication auth) {
        return CurrentUser.of(auth).filter(CurrentUser::publishes)
                .orElseThrow(() -> new NotPermitted("Only analysts and administrators change who may see intelligence"));
    }

    /**
     * A new distribution: {@code tlp} (CLEAR, GREEN, AMBER, AMBER+STRICT, RED; absent to keep each version's), the
     * recipients replacing the present ones (ids), and why.
     */
    record Change(String tlp, List<String> organisations, List<String> groups, List<String> people, String reason) {
    }

    /** Why an import's distribution is applied. */
    record Reason(String reason) {
    }

    /** A redistribution done: how many versions changed (0: nothing differed) and its position in the change log. */
    record Changed(String id, int versions, long position, View before, View after) {
    }

    /** A distribution, with who it reaches: {@code everyone} (CLEAR), {@code allMembers} (GREEN) or those named. */
    record View(String tlp, String ownMarking, int versions, List<UUID> organisations, List<UUID> groups, List<UUID> people,
                boolean everyone, boolean allMembers, List<String> visibleToOrganisations, List<String> visibleToPeople) {

        static View of(Distribution d, String ownMarking, int versions, Audience.Who who) {
            return new View(d.tlp().label(), ownMarking, versions, d.organisations().stream().sorted().toList(),
                    d.groups().stream().sorted().toList(), d.people().stream().sorted().toList(), who.everyone(),
                    who.allMembers(), who.organisations(), who.people());
        }
    }
}
