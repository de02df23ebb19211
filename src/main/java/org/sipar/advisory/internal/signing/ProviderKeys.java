package org.sipar.advisory.internal.signing;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sipar.platform.Audit;
import org.sipar.platform.NotPermitted;
import org.sipar.platform.Secrets;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The CSAF trusted provider's OpenPGP keys (see {@link KeyMaker} for why RSA 3072 and SHA-512): the current key
 * signs; rotation retires it, still published, so that what it signed still verifies. The first start makes the
 * first key, once across the cluster. Every call asks the table which key is current, so that a rotation on
 * another node applies here at the next signature; the opened key is kept until then.
 */
@Component
public class ProviderKeys implements SmartInitializingSingleton {

    static final String ROTATE = "advisory.signing.rotate";
    static final String CREATE = "advisory.signing.create";

    private final SigningKeyTable table;
    private final Secrets secrets;
    private final ProviderAddresses addresses;
    private final Audit audit;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private volatile SigningKey opened;

    ProviderKeys(SigningKeyTable table, Secrets secrets, ProviderAddresses addresses, Audit audit, Clock clock,
                 TransactionTemplate transaction) {
        this.table = table;
        this.secrets = secrets;
        this.addresses = addresses;
        this.audit = audit;
        this.clock = clock;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        current();
    }

    /** The ASCII-armored detached signature of {@code content} by the current key: a CSAF document's {@code .asc}. */
    public String signDetached(byte[] content) {
        return signing().detached(content, clock.instant());
    }

    /** {@code text} with the current key's cleartext signature (RFC 4880 section 7), as security.txt needs it. */
    public String clearSign(String text) {
        return signing().clearSigned(text, clock.instant());
    }

    /** The key that signs now, made first if there is none yet. */
    public PublicKey current() {
        return table.current().map(SigningKeyTable.Current::key).orElseGet(() -> transaction.execute(s -> makeFirst()));
    }

    /** Every key still published, current first: a verifier may meet signatures of each. */
    public List<PublicKey> published() {
        current();
        return table.published();
    }

    /** The published key with {@code fingerprint} (40 hexadecimal digits, upper case), if there is one. */
    public Optional<PublicKey> published(String fingerprint) {
        return table.find(fingerprint);
    }

    /** Where {@code key} is served: {@code <base>/.well-known/csaf/openpgp/<fingerprint>.asc}. */
    public String url(PublicKey key) {
        return addresses.publicKey(key.fingerprint());
    }

    /**
     * Replaces the current key with a new one, for a hub administrator only; the old key stays published, retired.
     *
     * @throws NotPermitted when the caller of the current request is not a hub administrator
     */
    public PublicKey rotate() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || caller.getAuthorities().stream().noneMatch(a -> "ROLE_HUB_ADMIN".equals(a.getAuthority()))) {
            throw new NotPermitted("Only a hub administrator may rotate the CSAF provider's signing key");
        }
        return transaction.execute(s -> {
            table.lock();
            String previous = table.currentFingerprint().orElse("");
            Instant now = now();
            table.retireCurrent(now);
            PublicKey made = insert(KeyMaker.make(userId(), now));
            audit.record(ROTATE, made.fingerprint(), Map.of("fingerprint", made.fingerprint(), "previous", previous));
            return made;
        });
    }

    private PublicKey makeFirst() {
        table.lock();
        return table.current().map(SigningKeyTable.Current::key).orElseGet(() -> {
            PublicKey made = insert(KeyMaker.make(userId(), now()));
            audit.record(new Audit.Entry(null, "system", CREATE, made.fingerprint(), true, null,
                    Map.of("fingerprint", made.fingerprint(), "userId", made.userId())));
            return made;
        });
    }

    private PublicKey insert(KeyMaker.MadeKey made) {
        if (!table.insertIfNoneCurrent(made, secrets.seal(made.secretArmored()))) {
            throw new IllegalStateException("Another signing key became current while " + made.fingerprint() + " was made");
        }
        return table.find(made.fingerprint()).orElseThrow();
    }

    private SigningKey signing() {
        String fingerprint = current().fingerprint();
        SigningKey key = opened;
        if (key == null || !key.fingerprint().equals(fingerprint)) {
            SigningKeyTable.Current row = table.current().orElseThrow();
            key = SigningKey.open(row.key().fingerprint(), secrets.open(row.secretSealed()));
            opened = key;
        }
        return key;
    }

    private String userId() {
        String email = addresses.email();
        return email == null ? "Sipar CSAF provider" : "Sipar CSAF provider <" + email + ">";
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
