package org.sipar.taxii.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sipar.identity.Directory;
import org.sipar.identity.Organisation;
import org.sipar.identity.SharingGroup;
import org.sipar.intel.ObjectQuery.Scope;
import org.springframework.stereotype.Component;

/**
 * The collections and who may read and write each: all intelligence, one per sharing group, and one per
 * organisation for its submissions. Ids are derived from what they show, so they are stable without a table.
 */
@Component
class CollectionCatalog {

    static final UUID ALL = UUID.fromString("5b1f4a70-6c2e-4d0b-9a8e-3c1d2e7f9a01");

    private final Directory directory;

    CollectionCatalog(Directory directory) {
        this.directory = directory;
    }

    /** The collections the caller may know of: all, and for members every sharing group and the submissions they may read. */
    List<Collection> visibleTo(Caller caller) {
        List<Collection> list = new ArrayList<>();
        list.add(all(caller));
        if (!caller.signedIn()) {
            // Who shares with whom is itself for members only: anonymous callers are shown just the open collection.
            return list;
        }
        directory.sharingGroups().forEach(g -> list.add(group(caller, g)));
        directory.organisations().stream().map(o -> submissions(caller, o)).filter(Collection::canRead).forEach(list::add);
        return list;
    }

    /** The collection with {@code id} if the caller may know of it. */
    private Optional<Collection> find(Caller caller, UUID id) {
        return visibleTo(caller).stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The collection {@code id} for reading: 404 when unknown or hidden, 401 or 403 when it may not be read. */
    Collection readable(Caller caller, String id) {
        Collection c = known(caller, id);
        if (!c.canRead()) {
            throw caller.signedIn() ? TaxiiException.forbidden("You may not read this collection") : TaxiiException.unauthorized();
        }
        return c;
    }

    /** The collection {@code id} for adding objects: 401 or 403 when the caller may not write to it. */
    Collection writable(Caller caller, String id) {
        Collection c = known(caller, id);
        if (!c.canWrite()) {
            throw caller.signedIn() ? TaxiiException.forbidden("You may not write to this collection") : TaxiiException.unauthorized();
        }
        return c;
    }

    /** The collection {@code id} whatever the caller may do with it: 404 when unknown or hidden, 401 to anonymous callers. */
    Collection known(Caller caller, String id) {
        UUID uuid = parse(id);
        Optional<Collection> found = uuid == null ? Optional.empty() : find(caller, uuid);
        if (found.isEmpty() && !caller.signedIn() && uuid != null && exists(uuid)) {
            throw TaxiiException.unauthorized();
        }
        // A collection the caller may not know of answers as if it did not exist.
        return found.orElseThrow(() -> TaxiiException.notFound("Collection " + id));
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether a collection with {@code id} exists at all, whoever may see it. */
    private boolean exists(UUID id) {
        return ALL.equals(id) || directory.sharingGroups().stream().anyMatch(g -> groupId(g.id()).equals(id))
                || directory.organisations().stream().anyMatch(o -> submissionsId(o.id()).equals(id));
    }

    private static Collection all(Caller caller) {
        return new Collection(ALL, "All intelligence", "Everything shared on the platform that you may see",
                new Scope.All(), Set.of(), true, caller.publishes());
    }

    private static Collection group(Caller caller, SharingGroup g) {
        boolean member = g.memberIds().contains(caller.user().organisationId());
        return new Collection(groupId(g.id()), g.name(), "Intelligence shared with the sharing group " + g.name(),
                new Scope.Group(g.id()), Set.of(g.id()), true, member && caller.publishes());
    }

    private static Collection submissions(Caller caller, Organisation o) {
        boolean own = o.id().equals(caller.user().organisationId());
        return new Collection(submissionsId(o.id()), o.name() + " submissions", "Intelligence published by " + o.name(),
                new Scope.Submissions(o.id()), Set.of(), own || caller.hubAdmin(), own && caller.publishes());
    }

    static UUID groupId(UUID group) {
        return UUID.nameUUIDFromBytes(("sipar-taxii-group:" + group).getBytes(StandardCharsets.UTF_8));
    }

    static UUID submissionsId(UUID organisation) {
        return UUID.nameUUIDFromBytes(("sipar-taxii-submissions:" + organisation).getBytes(StandardCharsets.UTF_8));
    }
}
