package org.sipar.identity.internal;

import java.util.Map;
import java.util.Set;
import org.sipar.identity.CurrentUser;
import org.sipar.identity.Person;
import org.sipar.identity.Role;
import org.sipar.platform.Audit;
import org.sipar.platform.NotPermitted;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Keeps the accounts of hub administrators in hub administrators' hands: an organisation administrator of the
 * hub operator's organisation administers its people, but not the people who run the whole platform. And at
 * least one enabled hub administrator always remains, or nobody could manage the platform any more.
 */
@Component
class HubAdministrators {

    private final People people;
    private final Audit audit;
    private final TransactionTemplate ownTransaction;

    HubAdministrators(People people, Audit audit, PlatformTransactionManager transactions) {
        this.people = people;
        this.audit = audit;
        // The refusal rolls back the caller's transaction; its audit entry must stay.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Refuses, and audits the refusal, when {@code actor} is not a hub administrator but {@code target} is. */
    void requireMayManage(CurrentUser actor, Person target, String action) {
        if (!target.roles().contains(Role.HUB_ADMIN) || actor.isHubAdmin()) {
            return;
        }
        Audit.Entry refusal = new Audit.Entry(actor.personId(), actor.email(), action, "person " + target.email(), false,
                sourceIp(), Map.of("reason", "the target is a hub administrator and the actor is not"));
        ownTransaction.executeWithoutResult(status -> audit.record(refusal));
        throw new NotPermitted("Only hub administrators may change the account of " + target.email()
                + ", who is a hub administrator");
    }

    /**
     * Adds a problem when giving {@code existing} these roles and this state would leave no enabled hub
     * administrator. Locks the hub administrators' rows for the transaction, so two at once cannot both pass.
     */
    void requireOneRemains(Person existing, Set<Role> roles, boolean enabled, Problems problems) {
        boolean wasActive = existing.enabled() && existing.roles().contains(Role.HUB_ADMIN);
        if (!wasActive || enabled && roles.contains(Role.HUB_ADMIN)) {
            return;
        }
        boolean othersRemain = people.lockEnabledHubAdministrators().stream().anyMatch(id -> !id.equals(existing.id()));
        if (!othersRemain) {
            problems.add(enabled ? "roles" : "enabled", existing.email(), "lastHubAdministrator",
                    "is the last enabled hub administrator,"
                    + " who cannot lose the role or be disabled; make another person hub administrator first");
        }
    }

    private static String sourceIp() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest().getRemoteAddr() : null;
    }
}
