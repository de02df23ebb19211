package org.sipar.advisory.internal.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sipar.identity.CurrentUser;
import org.sipar.identity.Role;
import org.sipar.platform.Audit;
import org.sipar.platform.NotFound;
import org.sipar.platform.NotPermitted;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The products each organisation registers, each change audited. Its administrators (hub administrators for any
 * organisation) and its analysts change its list; every member of it reads it.
 */
@Service
public class ProductInventory {

    private final Products products;
    private final Audit audit;
    private final Clock clock;

    ProductInventory(Products products, Audit audit, Clock clock) {
        this.products = products;
        this.audit = audit;
        this.clock = clock;
    }

    /** What adding products did: how many were new, how many registered already (a flash attribute, kept in the session). */
    public record Added(int added, int known) implements java.io.Serializable {
    }

    /** Whether {@code user} changes the products of {@code organisation}. */
    public static boolean manages(CurrentUser user, UUID organisation) {
        return user.administers(organisation)
                || user.roles().contains(Role.ANALYST) && user.organisationId().equals(organisation);
    }

    public List<RegisteredProduct> of(CurrentUser user, UUID organisation) {
        if (!user.isHubAdmin() && !user.organisationId().equals(organisation)) {
            throw new NotPermitted("Only members of an organisation and hub administrators read its products");
        }
        return products.of(organisation);
    }

    /** Adds the products pasted in {@code text} (one a line) to {@code organisation}'s, all or none. */
    @Transactional
    public Added add(CurrentUser user, UUID organisation, String text, String label) {
        requireManages(user, organisation);
        List<ProductLines.Line> lines = ProductLines.read(text, label);
        Instant now = clock.instant();
        int added = 0;
        for (ProductLines.Line line : lines) {
            if (products.add(new RegisteredProduct(UUID.randomUUID(), organisation, line.identifier(), line.label(), user.personId(), now))) {
                added++;
            }
        }
        audit.record("advisory.alert.products.add", "organisation " + organisation, Map.of("added", added,
                "known", lines.size() - added, "first", lines.getFirst().identifier().canonical()));
        return new Added(added, lines.size() - added);
    }

    @Transactional
    public void remove(CurrentUser user, UUID organisation, UUID product) {
        requireManages(user, organisation);
        RegisteredProduct removed = products.of(organisation).stream().filter(p -> p.id().equals(product)).findFirst()
                .orElseThrow(() -> new NotFound("product", product.toString()));
        products.remove(organisation, product);
        audit.record("advisory.alert.products.remove", "organisation " + organisation,
                Map.of("product", removed.identifier().canonical()));
    }

    private static void requireManages(CurrentUser user, UUID organisation) {
        if (!manages(user, organisation)) {
            throw new NotPermitted("Only the administrators and analysts of an organisation, and hub administrators, change its products");
        }
    }
}
