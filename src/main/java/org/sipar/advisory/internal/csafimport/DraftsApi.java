package org.sipar.advisory.internal.csafimport;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;
import org.sipar.advisory.internal.Advisory;
import org.sipar.advisory.internal.Workroom;
import org.sipar.advisory.internal.WorkroomPreview;
import org.sipar.identity.CurrentUser;
import org.sipar.platform.NotPermitted;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The workroom's drafts through the REST API: a CSAF 2.0 document in, a new draft out, and its CSAF export. */
@RestController
@Tag(name = "Advisories")
class DraftsApi {

    private final CsafImport csafImport;
    private final Workroom workroom;
    private final WorkroomPreview preview;

    DraftsApi(CsafImport csafImport, Workroom workroom, WorkroomPreview preview) {
        this.csafImport = csafImport;
        this.workroom = workroom;
        this.preview = preview;
    }

    /** What the API says of a draft it made: where to read it back and where to finish it. */
    record Draft(UUID id, String trackingId, String state, URI csaf, URI editor) {
        static Draft of(Advisory a) {
            return new Draft(a.id(), a.trackingId(), a.state().name(), URI.create("/api/v1/advisories/drafts/" + a.id() + "/csaf"),
                    URI.create("/advisories/workroom/" + a.id()));
        }
    }

    @Operation(summary = "Make a new advisory draft of a CSAF 2.0 document",
            description = "Analysts of the national CERT, with a token of write scope. The body is the CSAF JSON"
                    + " (UTF-8, at most 8 MB). Title, notes, products, vulnerabilities (affected and fixed statuses),"
                    + " references and acknowledgments are read from it, as the workroom's import does. Broken JSON is"
                    + " refused (400) naming its line and column; a document that is not CSAF 2.0, or whose"
                    + " vulnerabilities name products it does not have, naming the member as a JSON pointer.")
    @PostMapping(path = "/api/v1/advisories/drafts", consumes = {"application/json", "application/csaf+json"})
    ResponseEntity<Draft> create(Authentication auth, HttpServletRequest request) throws IOException {
        CurrentUser user = writer(auth);
        String text;
        try (InputStream in = request.getInputStream()) {
            text = CsafText.utf8(in.readNBytes(CsafText.MAX_BYTES + 1));
        }
        Draft draft = Draft.of(csafImport.draft(user, text));
        return ResponseEntity.created(URI.create("/api/v1/advisories/drafts/" + draft.id())).body(draft);
    }

    @Operation(summary = "Read a draft as the CSAF 2.0 document it would be if published now",
            description = "Analysts of the national CERT; the draft must be one the sharing policy lets them see."
                    + " `lang` is `en` (default) or `ur`.")
    @GetMapping(path = "/api/v1/advisories/drafts/{id}/csaf", produces = MediaType.APPLICATION_JSON_VALUE)
    String csaf(Authentication auth, @PathVariable UUID id, @RequestParam(defaultValue = "en") String lang) {
        return preview.json(workroom.open(writer(auth), id), lang);
    }

    private CurrentUser writer(Authentication auth) {
        CurrentUser user = CurrentUser.of(auth).orElseThrow(() -> new NotPermitted("Sign in to write advisories"));
        if (!workroom.writes(user)) {
            throw new NotPermitted("Only analysts of the national CERT write and review advisories");
        }
        return user;
    }
}
