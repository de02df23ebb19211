package org.sipar.stream.internal.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's verification, written from the Standard Webhooks specification rather than from Sipar's code: the
 * key is the Base64 after {@code whsec_}; the signed content {@code id.timestamp.body}; the header a space-separated
 * list of {@code v1,<base64>} signatures, any of which may match (compared in constant time); and the timestamp
 * within five minutes of the receiver's clock, against replays.
 */
final class StandardWebhooks {

    private StandardWebhooks() {
    }

    static boolean verifies(String secret, Receiver.Request r, Instant now) throws Exception {
        if (!secret.startsWith("whsec_") || r.id() == null || r.timestamp() == null || r.signature() == null) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - Long.parseLong(r.timestamp())) > 300) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = mac.doFinal((r.id() + "." + r.timestamp() + "." + r.body()).getBytes(StandardCharsets.UTF_8));
        for (String signature : r.signature().split(" ")) {
            String[] parts = signature.split(",", 2);
            if (parts.length == 2 && parts[0].equals("v1")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
                return true;
            }
        }
        return false;
    }
}
