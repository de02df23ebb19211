package org.sipar.advisory.internal.kev;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.sipar.platform.InputRejected;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The catalogue's page, {@code /kev}: searchable, filtered by ransomware use and the day added, newest first, a
 * page at a time; for analysts, the upload of CISA's catalogue. The forms of national entries are {@link KevForms}.
 */
@Controller
class KevPages {

    static final int PER_PAGE = 50;

    private final KevCatalogue catalogue;
    private final KevChanges changes;

    KevPages(KevCatalogue catalogue, KevChanges changes) {
        this.catalogue = catalogue;
        this.changes = changes;
    }

    @GetMapping("/kev")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String ransomware,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(defaultValue = "0") int offset, Model model, HttpServletResponse response) {
        List<InputRejected.Problem> problems = new ArrayList<>();
        String use = ransomware != null && KevDraft.RANSOMWARE.contains(ransomware) ? ransomware : null;
        KevQuery query = new KevQuery(q, use, day("from", from, problems), day("to", to, problems), offset, PER_PAGE);
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("page", catalogue.page(query));
        model.addAttribute("filters", new KevFilters(q, use, from, to));
        model.addAttribute("problems", problems);
        model.addAttribute("total", catalogue.count());
        if (!model.containsAttribute("imported")) {
            model.addAttribute("imported", null);
        }
        return "advisory/kev/list";
    }

    /** Imports an uploaded CISA catalogue; a bad file is refused whole, naming each bad entry and field. */
    @PostMapping("/kev/import")
    String upload(Authentication auth, @RequestParam("file") MultipartFile file, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        var user = KevChanges.editor(auth);
        try (InputStream in = file.getInputStream()) {
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                    ? "upload" : file.getOriginalFilename();
            redirect.addFlashAttribute("imported", changes.importCisa(user, in, name));
            return "redirect:/kev";
        } catch (InputRejected e) {
            String page = list(null, null, null, null, 0, model, response);
            model.addAttribute("problems", e.problems());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page;
        }
    }

    private static LocalDate day(String field, String text, List<InputRejected.Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new InputRejected.Problem(field, text, "is not a day (YYYY-MM-DD)", "advisory.kev.date", List.of()));
            return null;
        }
    }
}
