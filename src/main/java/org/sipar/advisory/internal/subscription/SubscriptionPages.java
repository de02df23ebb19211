package org.sipar.advisory.internal.subscription;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sipar.identity.CurrentUser;
import org.sipar.platform.InputRejected;
import org.sipar.platform.Ui;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Subscribing, confirming and unsubscribing with plain forms, in English and Urdu. The links in mails open pages
 * with a button, and only the button's POST acts: mail scanners fetch links (GET) but press no buttons. The
 * unsubscription POST is also RFC 8058's one-click, which a mail client sends without a session or CSRF token.
 */
@Controller
class SubscriptionPages {

    static final String SUBSCRIBE = "/advisories/subscribe";
    static final String CONFIRM = "/advisories/subscribe/confirm";
    static final String UNSUBSCRIBE = "/advisories/unsubscribe";
    private final Subscriptions subscriptions;

    SubscriptionPages(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GetMapping(SUBSCRIBE)
    String form(Authentication auth, @ModelAttribute("ui") Ui ui, Model model) {
        return form(model, auth, SubscriptionRequest.blank(ui.lang()), List.of());
    }

    /** Answers the same page whatever became of the request, so that the form tells nobody who is subscribed. */
    @PostMapping(SUBSCRIBE)
    String subscribe(Authentication auth, @ModelAttribute SubscriptionRequest request, HttpServletRequest http,
                     HttpServletResponse response, Model model) {
        try {
            subscriptions.request(request, CurrentUser.of(auth).orElse(null), http.getRemoteAddr());
        } catch (InputRejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, auth, request, e.problems());
        }
        return "advisory/subscription/requested";
    }

    @GetMapping(CONFIRM)
    String askToConfirm(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
        return link(model, response, "confirm", subscriptions.confirmable(token) ? "ask" : "refused", token, CONFIRM);
    }

    @PostMapping(CONFIRM)
    String confirm(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
        return link(model, response, "confirm", subscriptions.confirm(token).isPresent() ? "done" : "refused", token, CONFIRM);
    }

    @GetMapping(UNSUBSCRIBE)
    String askToUnsubscribe(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
        return link(model, response, "unsubscribe", subscriptions.unsubscribable(token) ? "ask" : "refused", token, UNSUBSCRIBE);
    }

    @PostMapping(UNSUBSCRIBE)
    String unsubscribe(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
        return link(model, response, "unsubscribe", subscriptions.unsubscribe(token).isPresent() ? "done" : "refused", token,
                UNSUBSCRIBE);
    }

    private static String link(Model model, HttpServletResponse response, String kind, String state, String token, String action) {
        if (state.equals("refused")) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("kind", kind);
        model.addAttribute("state", state);
        model.addAttribute("token", state.equals("ask") ? token : "");
        model.addAttribute("action", action);
        return "advisory/subscription/link";
    }

    private static String form(Model model, Authentication auth, SubscriptionRequest request, List<InputRejected.Problem> problems) {
        model.addAttribute("form", request);
        model.addAttribute("memberEmail", CurrentUser.of(auth).map(CurrentUser::email).orElse(null));
        model.addAttribute("problems", problems);
        Map<String, List<InputRejected.Problem>> byField = problems.stream().collect(Collectors.groupingBy(InputRejected.Problem::field));
        model.addAttribute("errors", byField);
        return "advisory/subscription/subscribe";
    }
}
