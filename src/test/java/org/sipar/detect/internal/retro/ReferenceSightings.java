package org.sipar.detect.internal.retro;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sipar.detect.internal.engine.Key;
import org.sipar.detect.internal.engine.Key.Kind;

/**
 * What a retro-hunt should answer, worked out the slow and obvious way: every org-day's keys in a hash set, every
 * indicator compared with each of them (ranges by the address bytes {@link InetAddress} reads).
 */
final class ReferenceSightings {

    private record OrgDay(UUID organisation, LocalDate day) {
    }

    private final Map<OrgDay, Set<Key>> seen = new HashMap<>();

    void saw(UUID organisation, LocalDate day, Collection<Key> keys) {
        seen.computeIfAbsent(new OrgDay(organisation, day), d -> new HashSet<>()).addAll(keys);
    }

    void forget(LocalDate before) {
        seen.keySet().removeIf(at -> at.day().isBefore(before));
    }

    Set<Seen> whoSaw(Collection<Key> indicators) {
        Set<Seen> all = new HashSet<>();
        seen.forEach((at, keys) -> {
            for (Key indicator : indicators) {
                for (Key key : keys) {
                    if (names(indicator, key)) {
                        Key observed = indicator.kind() == Kind.CIDR ? key : indicator;
                        all.add(new Seen(indicator, at.organisation(), at.day(), observed));
                    }
                }
            }
        });
        return all;
    }

    private static boolean names(Key indicator, Key key) {
        return switch (indicator.kind()) {
            case DOMAIN_TREE -> key.kind() == Kind.DOMAIN && key.value().endsWith("." + indicator.value());
            case CIDR -> key.kind() == Kind.IPV4 && inside(key.value(), indicator.value());
            default -> indicator.equals(key);
        };
    }

    private static boolean inside(String address, String cidr) {
        String[] parts = cidr.split("/");
        byte[] network = bytes(parts[0]);
        byte[] bytes = bytes(address);
        int length = Integer.parseInt(parts[1]);
        for (int bit = 0; bit < length; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((network[bit / 8] & mask) != (bytes[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(String literal) {
        try {
            return InetAddress.getByName(literal).getAddress(); // literals only: no name is looked up
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
