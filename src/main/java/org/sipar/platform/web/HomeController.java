package org.sipar.platform.web;

import java.util.List;
import org.sipar.platform.Audit;
import org.sipar.platform.DashboardTile;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public front page, the sign-in page and the dashboard that modules contribute tiles to. */
@Controller
class HomeController {

    private final List<DashboardTile.Source> sources;
    private final Audit audit;

    HomeController(List<DashboardTile.Source> sources, Audit audit) {
        this.sources = sources;
        this.audit = audit;
    }

    @GetMapping("/")
    String home(Authentication viewer) {
        return viewer != null && viewer.isAuthenticated() ? "redirect:/dashboard" : "home";
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
    String dashboard(Authentication viewer, Model model) {
        model.addAttribute("tiles", sources.stream().flatMap(s -> s.tiles(viewer).stream()).toList());
        boolean hub = viewer.getAuthorities().stream().anyMatch(a -> "ROLE_HUB_ADMIN".equals(a.getAuthority()));
        model.addAttribute("activity", hub ? Chart.bars(audit.perDay(14)) : null);
        return "dashboard";
    }
}
