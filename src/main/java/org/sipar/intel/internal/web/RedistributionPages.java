package org.sipar.intel.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.sipar.identity.CurrentUser;
import org.sipar.intel.Intelligence;
import org.sipar.intel.Redistribution;
import org.sipar.platform.InputRejected;
import org.sipar.platform.NotFound;
import org.sipar.platform.NotPermitted;
import org.sipar.platform.Ui;
import org.sipar.sharing.Audience;
import org.sipar.sharing.Readers;
import org.sipar.sharing.Tlp;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Changing an object's distribution from the web, for the publishers of the organisation whose copy it is: the form
 * (intel/redistribute.jte, linked from the object page) and, from an import's report, applying the import's
 * distribution to the objects it found held with another one.
 */
@Controller
class RedistributionPages {

    private final Intelligence intelligence;
    private final Readers readers;
    private final Recipients recipients;
    private final SharingForms sharing;
    private final Audience audience;
    private final ImportRedistribution imports;

    RedistributionPages(Intelligence intelligence, Readers readers, Recipients recipients, SharingForms sharing,
                        Audience audience, ImportRedistribution imports) {
        this.intelligence = intelligence;
        this.readers = readers;
        this.recipients = recipients;
        this.sharing = sharing;
        this.audience = audience;
        this.imports = imports;
    }

    @GetMapping("/intel/objects/{id}/distribution")
    String form(Authentication auth, @PathVariable String id, @RequestParam(required = false) String done,
                @ModelAttribute(name = "ui", binding = false) Ui ui, Model model) {
        CurrentUser user = publisher(auth);
        Redistribution.Held held = intelligence.held(readers.of(user), id).orElseThrow(() -> new NotFound("object", id));
        Recipients.Named to = new Recipients.Named(held.distribution().organisations(), held.distribution().groups(),
                held.distribution().people());
        model.addAttribute("held", held);
        model.addAttribute("now", audience.of(held.distribution()));
        model.addAttribute("form", sharing.form(user, held.distribution().tlp(), held.ownMarking() != null, to));
        model.addAttribute("done", done == null ? null : "0".equals(done) ? ui.t("intel.redistribute.unchanged")
                : ui.t("intel.redistribute.done", done));
        return "intel/redistribute";
    }

    @PostMapping("/intel/objects/{id}/distribution")
    String change(Authentication auth, @PathVariable String id, @RequestParam(required = false) String tlp,
                  @RequestParam(required = false) List<String> organisations, @RequestParam(required = false) List<String> groups,
                  @RequestParam(required = false) List<String> people, @RequestParam(required = false) String reason,
                  @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, HttpServletResponse response) {
        CurrentUser user = publisher(auth);
        try {
            Tlp level = SharingForms.level("tlp", tlp, null);
            Recipients.Named to = recipients.check(organisations, groups, people);
            Redistribution.Outcome outcome = intelligence.redistribute(readers.of(user),
                    new Redistribution(id, level, to.organisations(), to.groups(), to.people(), reason));
            return "redirect:/intel/objects/" + id + "/distribution?done=" + outcome.versions();
        } catch (InputRejected e) {
            return refused(ui.t("intel.redistribute.refused", e.getMessage()), model, response);
        }
    }

    @PostMapping("/intel/imports/{id}/redistribution")
    String apply(Authentication auth, @PathVariable UUID id, @RequestParam(required = false) String reason,
                 @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, HttpServletResponse response) {
        CurrentUser user = publisher(auth);
        try {
            ImportRedistribution.Applied applied = imports.apply(readers.of(user), id, reason);
            return "redirect:/intel/imports/" + id + "?applied=" + applied.objects();
        } catch (InputRejected e) {
            return refused(ui.t("intel.redistribute.refused", e.getMessage()), model, response);
        }
    }

    private static CurrentUser publisher(Authentication auth) {
        return CurrentUser.of(auth).filter(CurrentUser::publishes)
                .orElseThrow(() -> new NotPermitted("Only analysts and administrators change who may see intelligence"));
    }

    private static String refused(String message, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("status", HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("message", message);
        return "error";
    }
}
