package org.sipar.identity.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sipar.identity.CurrentUser;
import org.sipar.identity.SharingGroup;
import org.sipar.identity.SharingGroupChanged;
import org.sipar.platform.Audit;
import org.sipar.platform.NotFound;
import org.sipar.platform.NotPermitted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sharing groups, which only hub administrators create and change. */
@Service
class Communities {

    private final SharingGroups groups;
    private final Organisations organisations;
    private final Audit audit;
    private final ApplicationEventPublisher events;

    Communities(SharingGroups groups, Organisations organisations, Audit audit, ApplicationEventPublisher events) {
        this.groups = groups;
        this.organisations = organisations;
        this.audit = audit;
        this.events = events;
    }

    List<SharingGroup> all() {
        return groups.all();
    }

    SharingGroup group(UUID id) {
        return groups.byId(id).orElseThrow(() -> new NotFound("sharing group", id));
    }

    /** Creates the group when {@code id} is null, else replaces its name, description and members. */
    @Transactional
    SharingGroup save(CurrentUser actor, UUID id, String name, String description, List<UUID> members) {
        if (!actor.isHubAdmin()) {
            throw new NotPermitted("Only hub administrators manage sharing groups");
        }
        if (id != null) {
            group(id);
        }
        Problems problems = new Problems();
        String checkedName = problems.text("name", name, 200, true);
        String checkedDescription = problems.text("description", description, 2000, false);
        List<UUID> memberIds = List.copyOf(new LinkedHashSet<>(members == null ? List.of() : members));
        for (UUID member : memberIds) {
            if (organisations.byId(member).isEmpty()) {
                problems.add("members", member, "noSuchOrganisation", "is not an existing organisation");
            }
        }
        if (checkedName != null && groups.nameTaken(checkedName, id)) {
            problems.add("name", checkedName, "groupNameTaken", "is already the name of another sharing group");
        }
        problems.throwIfAny();
        UUID groupId = id == null ? UUID.randomUUID() : id;
        groups.save(groupId, checkedName, checkedDescription, memberIds);
        audit.record(id == null ? "sharing-group.created" : "sharing-group.updated", "sharing group " + groupId,
                Map.of("name", checkedName, "members", memberIds.stream().map(UUID::toString).toList()));
        events.publishEvent(new SharingGroupChanged(groupId, checkedName, memberIds));
        return group(groupId);
    }
}
