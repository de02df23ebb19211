package org.sipar.identity.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sipar.identity.CurrentUser;
import org.sipar.identity.OrganisationKind;
import org.sipar.platform.InputRejected;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The organisation administration pages under {@code /admin/organisations}. */
@Controller
class OrganisationPages {

    private final Administration administration;
    private final People people;

    OrganisationPages(Administration administration, People people) {
        this.administration = administration;
        this.people = people;
    }

    @GetMapping("/admin/organisations")
    String list(Authentication auth, Model model) {
        model.addAttribute("organisations", administration.organisations(user(auth)));
        return "admin/organisations";
    }

    @GetMapping("/admin/organisations/new")
    String create(Model model) {
        return form(model, null, Forms.OrganisationForm.empty(), Map.of());
    }

    @PostMapping("/admin/organisations")
    String register(Authentication auth, Forms.OrganisationForm form, Model model, HttpServletResponse response) {
        try {
            var created = administration.registerOrganisation(user(auth), form.draft());
            return "redirect:/admin/organisations/" + created.id() + "?saved";
        } catch (InputRejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, null, form, Forms.errors(e));
        }
    }

    @GetMapping("/admin/organisations/{id}")
    String edit(Authentication auth, @PathVariable UUID id, Model model) {
        var organisation = administration.organisation(user(auth), id);
        return form(model, id, Forms.OrganisationForm.of(organisation), Map.of());
    }

    @PostMapping("/admin/organisations/{id}")
    String update(Authentication auth, @PathVariable UUID id, Forms.OrganisationForm form, Model model,
                  HttpServletResponse response) {
        try {
            administration.updateOrganisation(user(auth), id, form.draft());
            return "redirect:/admin/organisations/" + id + "?saved";
        } catch (InputRejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, id, form, Forms.errors(e));
        }
    }

    private String form(Model model, UUID id, Forms.OrganisationForm form, Map<String, List<InputRejected.Problem>> errors) {
        model.addAttribute("id", id == null ? null : id.toString());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("members", id == null ? java.util.List.of() : people.all(id));
        return "admin/organisation";
    }

    static CurrentUser user(Authentication auth) {
        return CurrentUser.of(auth).orElseThrow(() -> new org.sipar.platform.NotPermitted("Sign in first"));
    }
}
