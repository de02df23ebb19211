package org.sipar.identity.internal;

import static org.sipar.identity.internal.OrganisationPages.user;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sipar.identity.CurrentUser;
import org.sipar.platform.InputRejected;
import org.sipar.platform.TokenScope;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A person's own API tokens at {@code /account/tokens}: create (secret shown once, with a copy button), list,
 * revoke. The form proposes the least scope, read, and the default expiry.
 */
@Controller
class TokenPages {

    private final TokenService tokens;

    TokenPages(TokenService tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/account/tokens")
    String list(Authentication auth, Model model) {
        return page(model, user(auth), null, Map.of());
    }

    @PostMapping("/account/tokens")
    String create(Authentication auth, @RequestParam String name, @RequestParam(required = false) String scope,
                  @RequestParam(required = false) String expires, Model model, HttpServletResponse response) {
        CurrentUser owner = user(auth);
        try {
            String secret = tokens.create(owner, name, TokenService.parseScope(scope, TokenScope.READ),
                    TokenService.parseExpiry(expires));
            return page(model, owner, secret, Map.of());
        } catch (InputRejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, owner, null, Forms.errors(e));
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(Authentication auth, @PathVariable UUID id) {
        tokens.revoke(user(auth), id);
        return "redirect:/account/tokens?revoked";
    }

    /**
     * The scopes the form offers: write only to those who publish, since for anyone else it could do no more
     * than read (a token never does more than its owner may).
     */
    private static java.util.List<String> offered(CurrentUser owner) {
        return java.util.Arrays.stream(TokenScope.values()).filter(s -> owner.publishes() || s != TokenScope.WRITE)
                .map(TokenScope::id).toList();
    }

    private String page(Model model, CurrentUser owner, String secret, Map<String, List<InputRejected.Problem>> errors) {
        model.addAttribute("tokens", tokens.views(owner));
        model.addAttribute("secret", secret);
        model.addAttribute("errors", errors);
        model.addAttribute("scopes", offered(owner));
        model.addAttribute("defaultExpiry", tokens.defaultExpiry().toString());
        model.addAttribute("latestExpiry", tokens.latestExpiry().toString());
        // Isolated left to right inside the sentence, so that an Urdu page shows the date as written.
        model.addAttribute("latestExpiryText", "\u2066" + tokens.latestExpiry() + "\u2069");
        model.addAttribute("defaultDays", String.valueOf(tokens.defaultExpiryDays()));
        return "account/tokens";
    }
}
