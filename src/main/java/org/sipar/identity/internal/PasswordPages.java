package org.sipar.identity.internal;

import static org.sipar.identity.internal.OrganisationPages.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.sipar.identity.CurrentUser;
import org.sipar.platform.Audit;
import org.sipar.platform.InputRejected;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Lets a signed-in person change their own password at {@code /account/password}, given the current one. The
 * current password is checked like a sign-in (counted, slowed, locked), or a stolen session could guess it.
 */
@Controller
class PasswordPages {

    private final PasswordCheck check;
    private final Membership membership;
    private final Audit audit;

    PasswordPages(PasswordCheck check, Membership membership, Audit audit) {
        this.check = check;
        this.membership = membership;
        this.audit = audit;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        return page(model, Map.of(), false);
    }

    @PostMapping("/account/password")
    String change(Authentication auth, @RequestParam String current, @RequestParam String password,
                  @RequestParam String confirmation, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        CurrentUser me = user(auth);
        Problems problems = new Problems();
        if (password.length() < Membership.MIN_PASSWORD || password.length() > 200) {
            problems.add("password", null, "passwordLength", "must be from " + Membership.MIN_PASSWORD
                    + " to 200 characters long", Membership.MIN_PASSWORD);
        } else if (!password.equals(confirmation)) {
            problems.add("confirmation", null, "passwordMismatch", "does not match the new password");
        }
        checkCurrent(me, current, request.getRemoteAddr(), problems);
        try {
            problems.throwIfAny();
        } catch (InputRejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, Forms.errors(e), false);
        }
        membership.changeOwnPassword(me, password);
        return page(model, Map.of(), true);
    }

    private void checkCurrent(CurrentUser me, String current, String ip, Problems problems) {
        PasswordCheck.Result result = check.check(me.email(), current, ip);
        if (result.accepted()) {
            return;
        }
        boolean locked = result.outcome() == PasswordCheck.Outcome.LOCKED;
        problems.add("current", null, locked ? "currentLocked" : "currentWrong", locked ? "cannot be checked now: after"
                + " repeated wrong passwords your account is locked for a while" : "is not your current password");
        audit.record(new Audit.Entry(me.personId(), me.email(), "password.change", "person " + me.email(), false, ip,
                Map.of("reason", locked ? "locked" : "wrong current password")));
    }

    private static String page(Model model, Map<String, List<InputRejected.Problem>> errors, boolean changed) {
        model.addAttribute("errors", errors);
        model.addAttribute("changed", changed);
        return "account/password";
    }
}
