package org.sipar.identity.internal;

import static org.sipar.identity.internal.OrganisationPages.user;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.sipar.identity.CurrentUser;
import org.sipar.platform.Audit;
import org.sipar.platform.InputRejected;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Lets a signed-in person change their own password at {@code /account/password}, given the current one. */
@Controller
class PasswordPages {

    private final People people;
    private final PasswordEncoder encoder;
    private final Audit audit;

    PasswordPages(People people, PasswordEncoder encoder, Audit audit) {
        this.people = people;
        this.encoder = encoder;
        this.audit = audit;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        model.addAttribute("errors", Map.of());
        model.addAttribute("changed", false);
        return "account/password";
    }

    @PostMapping("/account/password")
    @Transactional
    String change(Authentication auth, @RequestParam String current, @RequestParam String password,
                  @RequestParam String confirmation, Model model, HttpServletResponse response) {
        CurrentUser me = user(auth);
        Problems problems = new Problems();
        String hash = people.account(me.email()).map(People.Account::passwordHash).orElse(null);
        if (hash == null || !encoder.matches(current, hash)) {
            problems.add("current", null, "is not your current password");
        }
        if (password.length() < Membership.MIN_PASSWORD || password.length() > 200) {
            problems.add("password", null, "must be from " + Membership.MIN_PASSWORD + " to 200 characters long");
        } else if (!password.equals(confirmation)) {
            problems.add("confirmation", null, "does not match the new password");
        }
        try {
            problems.throwIfAny();
        } catch (InputRejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", Forms.errors(e));
            model.addAttribute("changed", false);
            return "account/password";
        }
        people.setPassword(me.personId(), encoder.encode(password));
        audit.record("password.changed", "person " + me.email(), Map.of());
        model.addAttribute("errors", Map.of());
        model.addAttribute("changed", true);
        return "account/password";
    }
}
