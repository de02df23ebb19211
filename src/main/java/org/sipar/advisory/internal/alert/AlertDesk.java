package org.sipar.advisory.internal.alert;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sipar.identity.CurrentUser;
import org.sipar.platform.Audit;
import org.sipar.platform.NotFound;
import org.sipar.platform.NotPermitted;
import org.sipar.sharing.Reader;
import org.sipar.sharing.Readers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's alerts as its members see them: only those about advisories the viewer may see, opening the page
 * marks them seen, and its administrators and analysts acknowledge them (audited).
 */
@Service
public class AlertDesk {

    static final int PAGE = 200;
    private final Alerts alerts;
    private final Readers readers;
    private final Audit audit;
    private final Clock clock;

    AlertDesk(Alerts alerts, Readers readers, Audit audit, Clock clock) {
        this.alerts = alerts;
        this.readers = readers;
        this.audit = audit;
        this.clock = clock;
    }

    /** The alerts of the viewer's organisation, open first; they count as seen from now. */
    @Transactional
    public List<Alert> open(CurrentUser user) {
        List<Alert> shown = alerts.visible(readers.of(user), false, PAGE);
        alerts.seen(user.organisationId(), clock.instant());
        return shown;
    }

    /** The open alerts of the viewer's organisation, newest first, at most {@code limit}, for the dashboard. */
    public List<Alert> openOnly(CurrentUser user, int limit) {
        return alerts.visible(readers.of(user), true, limit);
    }

    /** Whether {@code user} acknowledges their organisation's alerts: its administrators and analysts do. */
    public static boolean acknowledges(CurrentUser user) {
        return ProductInventory.manages(user, user.organisationId());
    }

    @Transactional
    public void acknowledge(CurrentUser user, UUID id) {
        if (!acknowledges(user)) {
            throw new NotPermitted("Only the administrators and analysts of an organisation acknowledge its alerts");
        }
        Reader reader = readers.of(user);
        Alert alert = alerts.visible(reader, true, Integer.MAX_VALUE).stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("open alert", id));
        alerts.acknowledge(user.organisationId(), id, user.personId(), clock.instant());
        audit.record("advisory.alert.acknowledge", alert.trackingId(), Map.of("product", alert.registered()));
    }
}
