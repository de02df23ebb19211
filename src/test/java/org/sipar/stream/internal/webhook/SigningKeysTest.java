package org.sipar.stream.internal.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Signatures as the Standard Webhooks libraries make them, and secrets in its format. */
class SigningKeysTest {

    @Test
    void theSignatureMatchesTheStandardWebhooksExample() {
        // The example of the Standard Webhooks reference libraries' tests.
        String signature = SigningKeys.signature("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330, "{\"test\": 2432232314}");
        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aSecretIsWhsecAndTheBase64Of32RandomBytes() {
        String secret = SigningKeys.newSecret();
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(SigningKeys.newSecret()).isNotEqualTo(secret);
    }
}
