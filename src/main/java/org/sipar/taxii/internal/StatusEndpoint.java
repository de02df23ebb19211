package org.sipar.taxii.internal;

import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The status of a request that added objects, for the caller who made it only. */
@Controller
class StatusEndpoint {

    private final Callers callers;
    private final AddObjects adder;

    StatusEndpoint(Callers callers, AddObjects adder) {
        this.callers = callers;
        this.adder = adder;
    }

    /** The status resource, for the person who posted the objects; 404 for anyone else. Pending ones show progress. */
    @GetMapping(Taxii.ROOT + "status/{id}/")
    ResponseEntity<byte[]> status(Authentication auth, @PathVariable String id) {
        Caller caller = callers.of(auth).requireSignedIn();
        return parse(id).flatMap(uuid -> adder.status(uuid, caller.user().personId())).map(Taxii::ok)
                .orElseThrow(() -> TaxiiException.notFound("Status " + id));
    }

    private static java.util.Optional<UUID> parse(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
