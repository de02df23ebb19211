package org.sipar.platform.web;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import org.sipar.platform.Audit;
import org.sipar.platform.DashboardPanel;
import org.sipar.platform.DashboardTile;
import org.sipar.platform.PublicAnswers;
import org.sipar.platform.PublicSection;
import org.sipar.platform.Ui;
import org.springframework.security.core.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public front page (with the sections modules contribute, rendered by their own templates), the sign-in page
 * and the dashboard that modules contribute tiles to.
 */
@Controller
class HomeController {

    private final List<DashboardTile.Source> sources;
    private final List<DashboardPanel.Source> panels;
    private final List<PublicSection.Source> sections;
    private final gg.jte.TemplateEngine templates;
    private final DashboardVisits visits;
    private final Audit audit;
    private final PublicAnswers answers;

    HomeController(List<DashboardTile.Source> sources, List<DashboardPanel.Source> panels, List<PublicSection.Source> sections,
                   gg.jte.TemplateEngine templates, DashboardVisits visits, Audit audit, PublicAnswers answers) {
        this.answers = answers;
        this.sections = sections;
        this.templates = templates;
        this.sources = sources;
        this.panels = panels;
        this.visits = visits;
        this.audit = audit;
    }

    /** Only for visitors (members go to their dashboard), so made once per change of what is public and kept. */
    @GetMapping("/")
    ResponseEntity<byte[]> home(Authentication viewer, @ModelAttribute("ui") Ui ui, ServletWebRequest request) {
        if (!PublicAnswers.anonymous(viewer)) {
            return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/dashboard")).build();
        }
        Ui shown = ui.withoutCsrfToken();
        return answers.page(request, viewer, ui, "home.jte", () -> Map.of("sections", sections.stream()
                .flatMap(s -> s.sections(shown).stream())
                .sorted(Comparator.comparingInt(PublicSection::order)).map(s -> rendered(s, shown)).toList()));
    }

    /** The section as its module's template renders it (escaping as every template does). */
    private gg.jte.Content rendered(PublicSection section, Ui ui) {
        java.util.Map<String, Object> params = new java.util.HashMap<>(section.model());
        params.put("ui", ui);
        return output -> templates.render(section.template(), params, output);
    }

    @GetMapping("/login")
    String login(jakarta.servlet.http.HttpServletRequest request, Model model) {
        String notice = request.getParameter("error") != null ? "login.error"
                : request.getParameter("signedOut") != null ? "login.signedOut" : null;
        model.addAttribute("notice", notice);
        model.addAttribute("problem", notice != null && !"login.signedOut".equals(notice));
        return "login";
    }

    @GetMapping("/dashboard")
    String dashboard(Authentication viewer, jakarta.servlet.http.HttpSession session, Model model) {
        model.addAttribute("tiles", sources.stream().flatMap(s -> s.tiles(viewer).stream()).toList());
        Instant previous = visits.previous(viewer.getName(), session);
        model.addAttribute("previousVisit", previous);
        model.addAttribute("panels", panels.stream().flatMap(p -> p.panels(viewer, previous).stream())
                .sorted(Comparator.comparingInt(DashboardPanel::order)).toList());
        boolean hub = viewer.getAuthorities().stream().anyMatch(a -> "ROLE_HUB_ADMIN".equals(a.getAuthority()));
        model.addAttribute("activity", hub ? Chart.bars(audit.perDay(14)) : null);
        return "dashboard";
    }
}
