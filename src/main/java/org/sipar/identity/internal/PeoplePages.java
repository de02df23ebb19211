package org.sipar.identity.internal;

import static org.sipar.identity.internal.OrganisationPages.user;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sipar.identity.CurrentUser;
import org.sipar.identity.Role;
import org.sipar.platform.InputRejected;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The people administration pages under {@code /admin/people}. */
@Controller
class PeoplePages {

    private final Membership membership;
    private final Administration administration;

    PeoplePages(Membership membership, Administration administration) {
        this.membership = membership;
        this.administration = administration;
    }

    @GetMapping("/admin/people")
    String list(Authentication auth, Model model) {
        model.addAttribute("people", membership.people(user(auth)));
        return "admin/people";
    }

    @GetMapping("/admin/people/new")
    String create(Authentication auth, @RequestParam(required = false) UUID organisation, Model model) {
        CurrentUser actor = user(auth);
        return form(model, actor, null, Forms.PersonForm.empty(organisation == null ? actor.organisationId() : organisation),
                Map.of());
    }

    @PostMapping("/admin/people")
    String register(Authentication auth, Forms.PersonForm form, Model model, HttpServletResponse response) {
        CurrentUser actor = user(auth);
        try {
            var person = membership.registerPerson(actor, form.draft());
            return "redirect:/admin/people/" + person.id() + "?saved";
        } catch (InputRejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, actor, null, form, Forms.errors(e));
        }
    }

    @GetMapping("/admin/people/{id}")
    String edit(Authentication auth, @PathVariable UUID id, Model model) {
        CurrentUser actor = user(auth);
        return form(model, actor, id, Forms.PersonForm.of(membership.person(actor, id)), Map.of());
    }

    @PostMapping("/admin/people/{id}")
    String update(Authentication auth, @PathVariable UUID id, Forms.PersonForm form, Model model,
                  HttpServletResponse response) {
        CurrentUser actor = user(auth);
        try {
            membership.updatePerson(actor, id, form.draft(), Boolean.TRUE.equals(form.enabled()));
            return "redirect:/admin/people/" + id + "?saved";
        } catch (InputRejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, actor, id, form, Forms.errors(e));
        }
    }

    private String form(Model model, CurrentUser actor, UUID id, Forms.PersonForm form, Map<String, List<InputRejected.Problem>> errors) {
        model.addAttribute("id", id == null ? null : id.toString());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("organisations", administration.organisations(actor));
        model.addAttribute("roles", actor.isHubAdmin() ? Role.values()
                : new Role[] {Role.ORG_ADMIN, Role.ANALYST, Role.MEMBER});
        return "admin/person";
    }
}
