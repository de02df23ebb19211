package org.sipar.stream.internal.webhook;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sipar.identity.CurrentUser;
import org.sipar.platform.InputRejected;
import org.sipar.platform.NotPermitted;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The webhooks of the caller's organisation over REST, for its administrators (see docs/webhooks.md). */
@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "HTTPS endpoints told of every change their organisation may see (Standard Webhooks)")
class WebhookApi {

    private final Webhooks webhooks;

    WebhookApi(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    /** What a registration or change sends: {@code filters} as the stream's query parameters; {@code from} now or start. */
    record Draft(String name, String url, JsonNode filters, String from) {

        Webhooks.Draft draft() {
            if (from != null && !from.equals("now") && !from.equals("start")) {
                throw new InputRejected("from", from, "must be 'now' (only what changes from now on) or 'start' (also what is held)");
            }
            return new Webhooks.Draft(name, url, WebhookJson.filter(filters), "start".equals(from));
        }
    }

    @GetMapping
    @Operation(summary = "List the organisation's webhooks", description = "Without their secrets.")
    List<WebhookJson.View> list(Authentication auth) {
        return webhooks.list(user(auth)).stream().map(e -> WebhookJson.View.of(e, null)).toList();
    }

    @PostMapping
    @Operation(summary = "Register a webhook", description = """
            `url` must be https (no private, loopback or link-local address unless the hub allows it). `filters` \
            takes the stream's: `type`, `label`, `tlp`, `min_confidence`, `collection`. `from`: `now` (default) or \
            `start` (also every change already held). The signing `secret` is in the answer, this once only.""")
    ResponseEntity<WebhookJson.View> register(Authentication auth, @RequestBody Draft draft) {
        Webhooks.WithSecret created = webhooks.register(user(auth), draft.draft());
        return ResponseEntity.status(201).body(WebhookJson.View.of(created.endpoint(), created.secret()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a webhook")
    WebhookJson.View get(Authentication auth, @PathVariable UUID id) {
        return WebhookJson.View.of(webhooks.get(user(auth), id), null);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a webhook's name, URL or filters", description = "Its position and secret stay.")
    WebhookJson.View update(Authentication auth, @PathVariable UUID id, @RequestBody Draft draft) {
        return WebhookJson.View.of(webhooks.update(user(auth), id, draft.draft()), null);
    }

    @PostMapping("/{id}/pause")
    @Operation(summary = "Pause a webhook", description = "Nothing is sent or read for it until it is resumed.")
    WebhookJson.View pause(Authentication auth, @PathVariable UUID id) {
        return WebhookJson.View.of(webhooks.pause(user(auth), id, true), null);
    }

    @PostMapping("/{id}/resume")
    @Operation(summary = "Resume a webhook", description = "It is sent what changed while it was paused.")
    WebhookJson.View resume(Authentication auth, @PathVariable UUID id) {
        return WebhookJson.View.of(webhooks.pause(user(auth), id, false), null);
    }

    @PostMapping("/{id}/rotate-secret")
    @Operation(summary = "Rotate a webhook's secret", description = "The new secret is in the answer, this once only.")
    WebhookJson.View rotate(Authentication auth, @PathVariable UUID id) {
        Webhooks.WithSecret rotated = webhooks.rotate(user(auth), id);
        return WebhookJson.View.of(rotated.endpoint(), rotated.secret());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a webhook", description = "With its queued and dead deliveries.")
    ResponseEntity<Void> delete(Authentication auth, @PathVariable UUID id) {
        webhooks.delete(user(auth), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "List a webhook's deliveries", description = "Newest first; `status` pending, delivered or dead.")
    List<Delivery> deliveries(Authentication auth, @PathVariable UUID id, @RequestParam(required = false) String status) {
        if (status != null && !List.of("pending", "delivered", "dead").contains(status)) {
            throw new InputRejected("status", status, "must be pending, delivered or dead");
        }
        return webhooks.deliveries(user(auth), id, status, 200);
    }

    @PostMapping("/{id}/deliveries/replay")
    @Operation(summary = "Replay every dead delivery", description = "Each is queued again with its webhook-id, due now.")
    Map<String, Integer> replayAll(Authentication auth, @PathVariable UUID id) {
        return Map.of("replayed", webhooks.replay(user(auth), id, null));
    }

    @PostMapping("/{id}/deliveries/{delivery}/replay")
    @Operation(summary = "Replay one dead delivery")
    Map<String, Integer> replay(Authentication auth, @PathVariable UUID id, @PathVariable long delivery) {
        return Map.of("replayed", webhooks.replay(user(auth), id, delivery));
    }

    static CurrentUser user(Authentication auth) {
        return CurrentUser.of(auth).orElseThrow(() -> new NotPermitted("Sign in first"));
    }
}
