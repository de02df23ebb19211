package org.sipar.stream.internal.federation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.sipar.identity.CurrentUser;
import org.sipar.platform.NotPermitted;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The federation links' REST API, for administrators: the same rules as the pages ({@link Links}). */
@RestController
@Tag(name = "Federation")
@RequestMapping("/api/v1/federation/links")
class FederationApi {

    private final Links links;
    private final Origins origins;
    private final Clock clock;

    FederationApi(Links links, Origins origins, Clock clock) {
        this.links = links;
        this.origins = origins;
        this.clock = clock;
    }

    @Operation(summary = "List the federation links you manage", description = "Hub administrators see every link, an organisation administrator their organisation's. Secrets are never shown, only whether one is held (`hasSecret`).")
    @GetMapping
    List<LinkView> list(Authentication auth) {
        return links.visibleTo(user(auth)).stream().map(l -> LinkView.of(l, clock.instant())).toList();
    }

    @Operation(summary = "Read a federation link", description = "Its settings, cursors, counts, last success, lag and last error; never its secret.")
    @GetMapping("/{id}")
    LinkView get(Authentication auth, @PathVariable UUID id) {
        return LinkView.of(links.get(user(auth), id), clock.instant());
    }

    @Operation(summary = "Create a federation link", description = "A remote TAXII 2.1 API root and collection, authentication (`NONE`, `BASIC` with `user` and `secret`, `BEARER` with `secret`), `direction` (`PULL`, `PUSH`, `BOTH`), `every` (such as `5m`), for pulls `unmarkedTlp` and the recipients, for pushes `pushMaxTlp` (not RED). The URL must be https (plain http only to loopback in demo mode) and public unless `sipar.federation.allow-private-networks`. Audited.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    LinkView create(Authentication auth, @RequestBody LinkForm form) {
        return LinkView.of(links.create(user(auth), form), clock.instant());
    }

    @Operation(summary = "Change a federation link", description = "As creating; a `secret` left out or empty keeps the one held. Audited, and a credential change separately.")
    @PutMapping("/{id}")
    LinkView update(Authentication auth, @PathVariable UUID id, @RequestBody LinkForm form) {
        return LinkView.of(links.update(user(auth), id, form), clock.instant());
    }

    @Operation(summary = "Delete a federation link", description = "Its origins records go with it; the objects it pulled stay. Audited.")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Authentication auth, @PathVariable UUID id) {
        links.delete(user(auth), id);
    }

    @Operation(summary = "Run a federation link now", description = "Its pull, then its push; answers what moved, or the error recorded on the link.")
    @PostMapping("/{id}/sync")
    LinkRunner.Outcome sync(Authentication auth, @PathVariable UUID id) {
        return links.syncNow(user(auth), id);
    }

    @Operation(summary = "Reconcile a federation link", description = "Reads the remote manifest, fetches the versions missing here, deletes here the versions the remote no longer lists (only when the whole manifest was read) and says what differed. Audited.")
    @PostMapping("/{id}/reconcile")
    Reconciliation reconcile(Authentication auth, @PathVariable UUID id) {
        return links.reconcile(user(auth), id);
    }

    @Operation(summary = "List the objects that came through a link", description = "The newest 500 versions pulled, with the remote collection and the remote date added.")
    @GetMapping("/{id}/origins")
    List<Origins.Origin> origins(Authentication auth, @PathVariable UUID id) {
        links.get(user(auth), id);
        return origins.recent(id, 500);
    }

    @Operation(summary = "List the imports a link's pulls ran", description = "The newest 100, each with its import report's id (GET /api/v1/intel/imports/{id}).")
    @GetMapping("/{id}/imports")
    List<Origins.PullImport> imports(Authentication auth, @PathVariable UUID id) {
        links.get(user(auth), id);
        return origins.imports(id, 100);
    }

    static CurrentUser user(Authentication auth) {
        CurrentUser user = CurrentUser.of(auth).orElseThrow(() -> new NotPermitted("Sign in to manage federation links"));
        if (!user.isHubAdmin() && !user.roles().contains(org.sipar.identity.Role.ORG_ADMIN)) {
            throw new NotPermitted("Only administrators manage federation links");
        }
        return user;
    }
}
