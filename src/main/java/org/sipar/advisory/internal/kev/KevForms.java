package org.sipar.advisory.internal.kev;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sipar.platform.InputRejected;
import org.sipar.platform.NotFound;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * National entries, for analysts: added, edited and removed by a form. A refused form comes back (400) with each
 * bad field marked and named.
 */
@Controller
class KevForms {

    private final KevCatalogue catalogue;
    private final KevChanges changes;

    KevForms(KevCatalogue catalogue, KevChanges changes) {
        this.catalogue = catalogue;
        this.changes = changes;
    }

    @GetMapping("/kev/new")
    String newForm(Authentication auth, Model model) {
        KevChanges.editor(auth);
        return form(model, KevDraft.blank(), null, List.of());
    }

    @PostMapping("/kev/new")
    String add(Authentication auth, @ModelAttribute KevDraft draft, Model model, HttpServletResponse response) {
        try {
            return shown(changes.add(KevChanges.editor(auth), draft.stripped()));
        } catch (InputRejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, draft, null, e.problems());
        }
    }

    @GetMapping("/kev/{cve}/edit")
    String editForm(Authentication auth, @PathVariable String cve, Model model) {
        KevChanges.editor(auth);
        KevRecord found = catalogue.find(cve).orElseThrow(() -> new NotFound("known exploited vulnerability", cve));
        return form(model, found.entry().draft(), cve, List.of());
    }

    @PostMapping("/kev/{cve}/edit")
    String edit(Authentication auth, @PathVariable String cve, @ModelAttribute KevDraft draft, Model model,
                HttpServletResponse response) {
        try {
            return shown(changes.edit(KevChanges.editor(auth), cve, draft.stripped()));
        } catch (InputRejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, draft, cve, e.problems());
        }
    }

    @PostMapping("/kev/{cve}/delete")
    String remove(Authentication auth, @PathVariable String cve) {
        changes.remove(KevChanges.editor(auth), cve);
        return "redirect:/kev";
    }

    /** The catalogue's page, searched for the entry just saved. */
    private static String shown(KevEntry entry) {
        return "redirect:/kev?q=" + URLEncoder.encode(entry.cveId(), StandardCharsets.UTF_8);
    }

    private static String form(Model model, KevDraft draft, String editing, List<InputRejected.Problem> problems) {
        model.addAttribute("draft", draft);
        model.addAttribute("editing", editing);
        model.addAttribute("problems", problems);
        Map<String, List<InputRejected.Problem>> byField = problems.stream()
                .collect(Collectors.groupingBy(InputRejected.Problem::field));
        model.addAttribute("errors", byField);
        return "advisory/kev/form";
    }
}
