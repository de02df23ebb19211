package org.sipar.identity.internal;

import java.util.List;
import org.sipar.identity.CurrentUser;
import org.sipar.platform.DashboardTile;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The dashboard figures of the identity module, scoped to what the viewer administers. */
@Component
class IdentityTiles implements DashboardTile.Source {

    private final Organisations organisations;
    private final People people;
    private final SharingGroups groups;

    IdentityTiles(Organisations organisations, People people, SharingGroups groups) {
        this.organisations = organisations;
        this.people = people;
        this.groups = groups;
    }

    @Override
    public List<DashboardTile> tiles(Authentication viewer) {
        CurrentUser user = CurrentUser.of(viewer).orElse(null);
        if (user == null) {
            return List.of();
        }
        if (user.isHubAdmin()) {
            return List.of(new DashboardTile("tile.organisations", organisations.count(), "/admin/organisations"),
                    new DashboardTile("tile.people", people.count(), "/admin/people"),
                    new DashboardTile("tile.sharingGroups", groups.all().size(), "/admin/sharing-groups"));
        }
        return List.of(new DashboardTile("tile.colleagues", people.countIn(user.organisationId()),
                user.administers(user.organisationId()) ? "/admin/people" : null));
    }
}
