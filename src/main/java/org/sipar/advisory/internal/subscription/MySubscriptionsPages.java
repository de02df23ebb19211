package org.sipar.advisory.internal.subscription;

import java.util.UUID;
import org.sipar.identity.CurrentUser;
import org.sipar.platform.NotPermitted;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A member's own subscriptions ({@code /advisories/subscriptions}): how often each comes, and ending one. */
@Controller
class MySubscriptionsPages {

    static final String MINE = "/advisories/subscriptions";
    private final Subscriptions subscriptions;

    MySubscriptionsPages(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GetMapping(MINE)
    String list(Authentication auth, Model model) {
        if (CurrentUser.of(auth).isEmpty()) {
            return "redirect:/login";
        }
        model.addAttribute("subscriptions", subscriptions.of(member(auth)));
        return "advisory/subscription/mine";
    }

    @PostMapping(MINE + "/{id}/delivery")
    String delivery(Authentication auth, @PathVariable UUID id, @RequestParam String delivery) {
        subscriptions.changeDelivery(member(auth), id, Delivery.parse(delivery));
        return "redirect:" + MINE;
    }

    @PostMapping(MINE + "/{id}/end")
    String end(Authentication auth, @PathVariable UUID id) {
        subscriptions.end(member(auth), id);
        return "redirect:" + MINE;
    }

    private static CurrentUser member(Authentication auth) {
        return CurrentUser.of(auth).orElseThrow(() -> new NotPermitted("Only a signed-in member has subscriptions to manage"));
    }
}
