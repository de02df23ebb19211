package org.sipar.detect.internal.retro;

import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.nio.charset.StandardCharsets;
import org.apache.commons.codec.digest.MurmurHash3;
import org.sipar.detect.internal.engine.Key;
import org.sipar.detect.internal.engine.Key.Kind;

/**
 * The 64-bit fingerprint a value is kept as: half of MurmurHash3's x64 128-bit hash of its kind's name and its
 * canonical text. Stored in the database, so it must never change: the kind is hashed by name, not by ordinal.
 */
final class Fingerprints {

    private Fingerprints() {
    }

    static long of(Key key) {
        return of(key.kind(), key.value());
    }

    static long of(Kind kind, String value) {
        byte[] bytes = (kind.name() + ':' + value).getBytes(StandardCharsets.UTF_8);
        return MurmurHash3.hash128x64(bytes)[0];
    }

    /** What an observed value is kept as: its own fingerprint, and for a domain name one per parent, as trees. */
    static void observed(Key key, LongArrayList into) {
        if (key.kind().contains()) {
            throw new IllegalArgumentException("An observed value is one value, not the " + key.kind() + " '"
                    + key.value() + "'");
        }
        into.add(of(key));
        if (key.kind() == Kind.DOMAIN) {
            String name = key.value();
            for (int dot = name.indexOf('.'); dot >= 0 && dot < name.length() - 1; dot = name.indexOf('.', dot + 1)) {
                into.add(of(Kind.DOMAIN_TREE, name.substring(dot + 1)));
            }
        }
    }
}
