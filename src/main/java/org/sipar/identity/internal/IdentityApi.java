package org.sipar.identity.internal;

import static org.sipar.identity.internal.OrganisationPages.user;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sipar.identity.CurrentUser;
import org.sipar.identity.Organisation;
import org.sipar.identity.Person;
import org.sipar.identity.SharingGroup;
import org.sipar.platform.TokenScope;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The identity part of the REST API under {@code /api/v1}. */
@RestController
@Tag(name = "Identity", description = "Organisations, people, sharing groups and the caller's API tokens")
@RequestMapping("/api/v1")
class IdentityApi {

    private final Administration administration;
    private final Membership membership;
    private final Communities communities;
    private final TokenService tokens;

    IdentityApi(Administration administration, Membership membership, Communities communities, TokenService tokens) {
        this.administration = administration;
        this.membership = membership;
        this.communities = communities;
        this.tokens = tokens;
    }

    @GetMapping("/me")
    @Operation(summary = "Who am I", description = "The person behind the credentials, with their organisation and roles.")
    CurrentUser me(Authentication auth) {
        return user(auth);
    }

    @GetMapping("/organisations")
    @Operation(summary = "List organisations", description = "Every organisation for hub administrators; the caller's own for everyone else.")
    List<Organisation> organisations(Authentication auth) {
        return administration.organisations(user(auth));
    }

    @GetMapping("/organisations/{id}")
    @Operation(summary = "Read an organisation", description = "Hub administrators read any organisation; others their own (404 otherwise).")
    Organisation organisation(Authentication auth, @PathVariable UUID id) {
        return administration.organisation(user(auth), id);
    }

    @PostMapping("/organisations")
    @Operation(summary = "Register an organisation", description = "Hub administrators only. Networks in CIDR notation, ASNs, and domains.")
    ResponseEntity<Organisation> register(Authentication auth, @RequestBody OrganisationDraft draft) {
        Organisation created = administration.registerOrganisation(user(auth), draft);
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id())).body(created);
    }

    @PutMapping("/organisations/{id}")
    @Operation(summary = "Update an organisation", description = "Hub administrators, or the organisation's own administrators.")
    Organisation update(Authentication auth, @PathVariable UUID id, @RequestBody OrganisationDraft draft) {
        return administration.updateOrganisation(user(auth), id, draft);
    }

    @GetMapping("/people")
    @Operation(summary = "List people", description = "The people the caller administers: everyone for hub administrators, their organisation's for organisation administrators.")
    List<Person> people(Authentication auth) {
        return membership.people(user(auth));
    }

    @PostMapping("/people")
    @Operation(summary = "Register a person", description = "Hub administrators, or organisation administrators within their organisation.")
    ResponseEntity<Person> register(Authentication auth, @RequestBody PersonDraft draft) {
        Person created = membership.registerPerson(user(auth), draft);
        return ResponseEntity.created(URI.create("/api/v1/people/" + created.id())).body(created);
    }

    @GetMapping("/sharing-groups")
    @Operation(summary = "List sharing groups", description = "Every sharing group with its member organisations.")
    List<SharingGroup> sharingGroups() {
        return communities.all();
    }

    @PostMapping("/sharing-groups")
    @Operation(summary = "Create a sharing group", description = "Hub administrators only.")
    ResponseEntity<SharingGroup> createGroup(Authentication auth, @RequestBody GroupDraft draft) {
        SharingGroup created = communities.save(user(auth), null, draft.name(), draft.description(), draft.members());
        return ResponseEntity.created(URI.create("/api/v1/sharing-groups/" + created.id())).body(created);
    }

    @GetMapping("/tokens")
    @Operation(summary = "List my API tokens", description = "The caller's tokens, without their secrets.")
    List<ApiTokens.Token> tokens(Authentication auth) {
        return tokens.of(user(auth));
    }

    @PostMapping("/tokens")
    @Operation(summary = "Create an API token", description = """
            The secret is in the answer and shown only this once. `scope` says what the token may do: `read` \
            (GET through the REST API and TAXII; any write is refused with 403), `taxii` (TAXII 2.1 under `/taxii2/` \
            only: reading and, if you publish, adding and deleting; the REST API answers 403) or `write` (everything \
            you may do; the default when `scope` is left out, as for tokens made before scopes existed). Without \
            `expiresAt` the token lasts `sipar.tokens.default-expiry` (90 days unless set); none lasts longer than \
            `sipar.tokens.max-expiry` (365 days unless set). A token's 403 names the scope it lacks (`missingScope`).""")
    ResponseEntity<Map<String, Object>> createToken(Authentication auth, @RequestBody TokenDraft draft) {
        TokenScope scope = TokenService.parseScope(draft.scope(), TokenScope.WRITE);
        String secret = tokens.create(user(auth), draft.name(), scope, draft.expiresAt());
        return ResponseEntity.status(201).body(Map.of("name", draft.name(), "token", secret, "scope", scope.id(),
                "note", "This is the only time the token is shown; keep it safe."));
    }

    @DeleteMapping("/tokens/{id}")
    @Operation(summary = "Revoke an API token", description = "One of the caller's own tokens.")
    ResponseEntity<Void> revokeToken(Authentication auth, @PathVariable UUID id) {
        tokens.revoke(user(auth), id);
        return ResponseEntity.noContent().build();
    }

    record GroupDraft(String name, String description, List<UUID> members) {
    }

    record TokenDraft(String name, @Schema(allowableValues = {"read", "taxii", "write"},
            description = "read, taxii or write (the default)") String scope, Instant expiresAt) {
    }
}
