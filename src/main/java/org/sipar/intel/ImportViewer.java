package org.sipar.intel;

import java.util.Optional;
import java.util.UUID;
import org.sipar.identity.CurrentUser;
import org.sipar.identity.Role;
import org.sipar.sharing.Reader;

/**
 * Who looks at the history of imports: as a reader (what the sharing policy lets them see of the objects) and with
 * the roles that let them see others' imports.
 *
 * @param organisationAdmin whether they administer their organisation: they see every import published for it
 * @param hubAdmin whether they run the platform: they see every import
 */
public record ImportViewer(Reader reader, boolean organisationAdmin, boolean hubAdmin) {

    /** The viewer of a signed-in person, or nobody (who sees no import). */
    public static ImportViewer of(Reader reader, Optional<CurrentUser> user) {
        return new ImportViewer(reader, user.map(u -> u.roles().contains(Role.ORG_ADMIN)).orElse(false),
                user.map(CurrentUser::isHubAdmin).orElse(false));
    }

    /** Whether this viewer may see an import that {@code person} started for {@code organisation}. */
    public boolean maySee(UUID person, UUID organisation) {
        if (!reader.member()) {
            return false;
        }
        return hubAdmin || reader.personId().equals(person)
                || organisationAdmin && reader.organisationId().equals(organisation);
    }
}
