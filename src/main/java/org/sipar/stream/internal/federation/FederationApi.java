package org.sipar.stream.internal.federation;

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

    @GetMapping
    List<LinkView> list(Authentication auth) {
        return links.visibleTo(user(auth)).stream().map(l -> LinkView.of(l, clock.instant())).toList();
    }

    @GetMapping("/{id}")
    LinkView get(Authentication auth, @PathVariable UUID id) {
        return LinkView.of(links.get(user(auth), id), clock.instant());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    LinkView create(Authentication auth, @RequestBody LinkForm form) {
        return LinkView.of(links.create(user(auth), form), clock.instant());
    }

    @PutMapping("/{id}")
    LinkView update(Authentication auth, @PathVariable UUID id, @RequestBody LinkForm form) {
        return LinkView.of(links.update(user(auth), id, form), clock.instant());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Authentication auth, @PathVariable UUID id) {
        links.delete(user(auth), id);
    }

    @PostMapping("/{id}/sync")
    LinkRunner.Outcome sync(Authentication auth, @PathVariable UUID id) {
        return links.syncNow(user(auth), id);
    }

    @PostMapping("/{id}/reconcile")
    Reconciliation reconcile(Authentication auth, @PathVariable UUID id) {
        return links.reconcile(user(auth), id);
    }

    @GetMapping("/{id}/origins")
    List<Origins.Origin> origins(Authentication auth, @PathVariable UUID id) {
        links.get(user(auth), id);
        return origins.recent(id, 500);
    }

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
