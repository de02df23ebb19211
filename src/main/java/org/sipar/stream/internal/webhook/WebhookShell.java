package org.sipar.stream.internal.webhook;

import java.util.List;
import org.sipar.platform.Navigation;
import org.sipar.platform.Navigation.Area;
import org.sipar.platform.Navigation.Entry;
import org.springframework.stereotype.Component;

/**
 * The webhooks' place in the shell: an entry in the administration section for the administrators of an
 * organisation (the hub's included). The platform's rule for {@code /admin/**} already keeps others out, and
 * {@link Webhooks} checks every action again, for the REST API too.
 */
@Component
class WebhookShell implements Navigation.Source {

    @Override
    public List<Entry> entries() {
        return List.of(Entry.forRoles(Area.ADMIN, 40, "/admin/webhooks", "stream.webhook.nav", "HUB_ADMIN", "ORG_ADMIN"));
    }
}
