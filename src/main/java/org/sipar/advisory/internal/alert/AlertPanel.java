package org.sipar.advisory.internal.alert;

import java.time.Instant;
import java.util.List;
import org.sipar.identity.CurrentUser;
import org.sipar.platform.DashboardPanel;
import org.sipar.platform.DashboardPanel.Row;
import org.sipar.platform.DashboardPanel.Text;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The dashboard's section of the viewer's organisation's open alerts, newest first, as the alerts page shows them. */
@Component
class AlertPanel implements DashboardPanel.Source {

    static final int ROWS = 5;
    private final AlertDesk desk;

    AlertPanel(AlertDesk desk) {
        this.desk = desk;
    }

    @Override
    public List<DashboardPanel> panels(Authentication viewer, Instant previousVisit) {
        return CurrentUser.of(viewer).map(user -> List.of(new DashboardPanel(5, "advisory.alert.panel.title",
                Text.of("advisory.alert.panel.note"), rows(user), "advisory.alert.panel.none"))).orElse(List.of());
    }

    private List<Row> rows(CurrentUser user) {
        return desk.openOnly(user, ROWS).stream().map(a -> new Row(a.title() == null ? a.trackingId() : a.title(), false,
                false, null, "/advisories/" + a.trackingId(), Text.of("advisory.alert.panel.detail", a.registered(), a.raisedAt()),
                List.of())).toList();
    }
}
