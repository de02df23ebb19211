package org.sipar.stream.internal.federation;

import java.time.Clock;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Follows the status resource a remote answers an add with: while pending it is read again a few times, briefly
 * apart; objects the remote refused are said on the link (sending them again would not change the answer).
 */
@Component
class RemoteStatus {

    private static final int READS = 5;

    private final LinkStore links;
    private final Clock clock;

    RemoteStatus(LinkStore links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    void follow(Link link, TaxiiClient client, String authorization, TaxiiClient.Answer added) {
        JsonNode status = added.body();
        for (int read = 0; status != null && "pending".equals(status.path("status").asString("")) && read < READS; read++) {
            pause(200L << read);
            status = client.get(link.apiRoot() + "status/" + Puller.enc(status.path("id").asString("")) + "/",
                    authorization).body();
        }
        if (status != null && status.path("failure_count").asInt(0) > 0) {
            JsonNode first = status.path("failures").path(0);
            links.noted(link.id(), "the remote refused " + status.path("failure_count").asInt() + " object(s), such as "
                    + first.path("id").asString("?") + ": " + first.path("message").asString(""), clock.instant());
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteFailure("interrupted while following the remote's status");
        }
    }
}
