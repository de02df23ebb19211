package org.sipar.identity.internal;

import static org.sipar.identity.internal.OrganisationPages.user;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sipar.identity.SharingGroup;
import org.sipar.platform.InputRejected;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sharing group pages under {@code /admin/sharing-groups}, for hub administrators. */
@Controller
class SharingGroupPages {

    private final Communities communities;
    private final Organisations organisations;

    SharingGroupPages(Communities communities, Organisations organisations) {
        this.communities = communities;
        this.organisations = organisations;
    }

    @GetMapping("/admin/sharing-groups")
    String list(Model model) {
        model.addAttribute("groups", communities.all());
        return "admin/sharing-groups";
    }

    @GetMapping("/admin/sharing-groups/new")
    String create(Model model) {
        return form(model, new SharingGroup(null, "", "", List.of(), List.of()), Map.of());
    }

    @GetMapping("/admin/sharing-groups/{id}")
    String edit(@PathVariable UUID id, Model model) {
        return form(model, communities.group(id), Map.of());
    }

    @PostMapping({"/admin/sharing-groups", "/admin/sharing-groups/{id}"})
    String save(Authentication auth, @PathVariable(required = false) UUID id, @RequestParam String name,
                @RequestParam(required = false) String description,
                @RequestParam(required = false) List<UUID> members, Model model, HttpServletResponse response) {
        try {
            SharingGroup saved = communities.save(user(auth), id, name, description, members);
            return "redirect:/admin/sharing-groups/" + saved.id() + "?saved";
        } catch (InputRejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, new SharingGroup(id, name, description, members == null ? List.of() : members, List.of()),
                    Forms.errors(e));
        }
    }

    private String form(Model model, SharingGroup group, Map<String, List<InputRejected.Problem>> errors) {
        model.addAttribute("group", group);
        model.addAttribute("errors", errors);
        model.addAttribute("organisations", organisations.all());
        return "admin/sharing-group";
    }
}
