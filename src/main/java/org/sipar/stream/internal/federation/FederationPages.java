package org.sipar.stream.internal.federation;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sipar.identity.CurrentUser;
import org.sipar.identity.Directory;
import org.sipar.platform.InputRejected;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import tools.jackson.databind.json.JsonMapper;

/** The federation pages under {@code /admin/federation}: the links, one link with its imports, its form. */
@Controller
class FederationPages {

    private final Links links;
    private final Origins origins;
    private final Directory directory;
    private final Clock clock;

    FederationPages(Links links, Origins origins, Directory directory, Clock clock) {
        this.links = links;
        this.origins = origins;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/admin/federation")
    String list(Authentication auth, Model model) {
        model.addAttribute("links", links.visibleTo(FederationApi.user(auth)).stream()
                .map(l -> LinkView.of(l, clock.instant())).toList());
        return "stream/federation";
    }

    @GetMapping("/admin/federation/{id}")
    String show(Authentication auth, @PathVariable UUID id, Model model) {
        return page(model, links.get(FederationApi.user(auth), id), null);
    }

    @GetMapping("/admin/federation/new")
    String create(Authentication auth, Model model) {
        return form(model, null, LinkForm.blank(FederationApi.user(auth).organisationId()), false, Map.of());
    }

    @GetMapping("/admin/federation/{id}/edit")
    String edit(Authentication auth, @PathVariable UUID id, Model model) {
        Link link = links.get(FederationApi.user(auth), id);
        return form(model, id, LinkForm.of(link), link.sealedSecret() != null, Map.of());
    }

    @PostMapping({"/admin/federation", "/admin/federation/{id}"})
    String save(Authentication auth, @PathVariable(required = false) UUID id, @ModelAttribute LinkForm form, Model model,
                HttpServletResponse response) {
        CurrentUser user = FederationApi.user(auth);
        try {
            Link saved = id == null ? links.create(user, form) : links.update(user, id, form);
            return "redirect:/admin/federation/" + saved.id() + "?saved";
        } catch (InputRejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, id, form, false, errors(e));
        }
    }

    @PostMapping("/admin/federation/{id}/delete")
    String delete(Authentication auth, @PathVariable UUID id) {
        links.delete(FederationApi.user(auth), id);
        return "redirect:/admin/federation?deleted";
    }

    @PostMapping("/admin/federation/{id}/sync")
    String sync(Authentication auth, @PathVariable UUID id) {
        links.syncNow(FederationApi.user(auth), id);
        return "redirect:/admin/federation/" + id;
    }

    @PostMapping("/admin/federation/{id}/reconcile")
    String reconcile(Authentication auth, @PathVariable UUID id, Model model) {
        CurrentUser user = FederationApi.user(auth);
        Reconciliation r = links.reconcile(user, id);
        return page(model, links.get(user, id), r);
    }

    private String page(Model model, Link link, Reconciliation fresh) {
        model.addAttribute("link", LinkView.of(link, clock.instant()));
        model.addAttribute("organisation", name(link.organisationId()));
        model.addAttribute("imports", origins.imports(link.id(), 20));
        model.addAttribute("recent", origins.recent(link.id(), 50));
        Reconciliation r = fresh != null ? fresh : link.state().lastReconcile() == null ? null
                : JsonMapper.shared().readValue(link.state().lastReconcile(), Reconciliation.class);
        model.addAttribute("reconciliation", r);
        return "stream/federation-link";
    }

    private String form(Model model, UUID id, LinkForm form, boolean hasSecret, Map<String, List<InputRejected.Problem>> errors) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("hasSecret", hasSecret);
        model.addAttribute("errors", errors);
        model.addAttribute("organisations", directory.organisations());
        model.addAttribute("groups", directory.sharingGroups());
        return "stream/federation-form";
    }

    private String name(UUID organisation) {
        return directory.organisation(organisation).map(o -> o.name()).orElse(organisation.toString());
    }

    private static Map<String, List<InputRejected.Problem>> errors(InputRejected e) {
        Map<String, List<InputRejected.Problem>> byField = new LinkedHashMap<>();
        e.problems().forEach(p -> byField.computeIfAbsent(p.field(), f -> new ArrayList<>()).add(p));
        return byField;
    }
}
