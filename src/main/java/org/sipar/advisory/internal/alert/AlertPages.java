package org.sipar.advisory.internal.alert;

import java.util.Optional;
import java.util.UUID;
import org.sipar.identity.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The organisation's alerts page, {@code /advisories/alerts}: which advisories affect the products it registered,
 * open ones first, each acknowledged by its administrators or analysts. The advisories' public paths
 * ({@code /advisories/*}) let anyone reach it, so it sends visitors who are not signed in to sign in itself.
 */
@Controller
class AlertPages {

    private final AlertDesk desk;

    AlertPages(AlertDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/advisories/alerts")
    String alerts(Authentication auth, Model model) {
        Optional<CurrentUser> user = CurrentUser.of(auth);
        if (user.isEmpty()) {
            return "redirect:/login";
        }
        model.addAttribute("alerts", desk.open(user.get()));
        model.addAttribute("acknowledges", AlertDesk.acknowledges(user.get()));
        return "advisory/alert/alerts";
    }

    @PostMapping("/advisories/alerts/{id}/acknowledge")
    String acknowledge(Authentication auth, @PathVariable UUID id) {
        desk.acknowledge(CurrentUser.of(auth).orElseThrow(), id);
        return "redirect:/advisories/alerts";
    }
}
