package org.sipar.platform.web;

import java.util.List;
import org.sipar.platform.Navigation;
import org.sipar.platform.Navigation.Area;
import org.sipar.platform.Navigation.Entry;
import org.springframework.stereotype.Component;

/**
 * The platform's own navigation: the dashboard and the audit log. Orders leave room between entries: the
 * intelligence module takes 20 in the top bar, identity 10–30 in administration and 10–20 in the account menu.
 */
@Component
class PlatformNavigation implements Navigation.Source {

    @Override
    public List<Entry> entries() {
        return List.of(
                Entry.of(Area.MAIN, 10, "/dashboard", "nav.dashboard"),
                // Placeholders for the pillars still to come: each module contributes its own entry when it
                // lands, and the placeholder here goes.
                Entry.comingSoon(40, "/incidents", "nav.incidents"),
                Entry.comingSoon(50, "/training", "nav.training"),
                Entry.comingSoon(60, "/research", "nav.research"),
                Entry.forRoles(Area.ADMIN, 40, "/admin/audit", "nav.audit", "HUB_ADMIN"));
    }
}
