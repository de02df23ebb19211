package org.sipar.advisory.internal.alert;

import java.time.Instant;
import java.util.List;
import org.sipar.identity.CurrentUser;
import org.sipar.platform.DashboardPanel;
import org.sipar.platform.DashboardPanel.Row;
import org.sipar.platform.DashboardPanel.Text;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The dashboard's section of the viewer's organisation's open alerts, newest first, as the alerts page shows them;
 * shown to organisations that registered products or have open alerts, so that the others' dashboards stay as they were.
 */
@Component
class AlertPanel implements DashboardPanel.Source {

    static final int ROWS = 5;
    private final AlertDesk desk;
    private final Products products;

    AlertPanel(AlertDesk desk, Products products) {
        this.desk = desk;
        this.products = products;
    }

    @Override
    public List<DashboardPanel> panels(Authentication viewer, Instant previousVisit) {
        return CurrentUser.of(viewer).map(user -> {
            List<Row> rows = rows(user);
            if (rows.isEmpty() && products.of(user.organisationId()).isEmpty()) {
                return List.<DashboardPanel>of();
            }
            return List.of(new DashboardPanel(5, "advisory.alert.panel.title", Text.of("advisory.alert.panel.note"), rows,
                    "advisory.alert.panel.none"));
        }).orElse(List.of());
    }

    private List<Row> rows(CurrentUser user) {
        return desk.openOnly(user, ROWS).stream().map(a -> new Row(a.title() == null ? a.trackingId() : a.title(), false,
                false, null, "/advisories/" + a.trackingId(), Text.of("advisory.alert.panel.detail", a.registered(), a.raisedAt()),
                List.of())).toList();
    }
}
