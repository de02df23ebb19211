package org.sipar.detect.internal.engine;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.BitSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import org.sipar.detect.internal.engine.Key.Kind;

/**
 * A {@link KeyIndex} of hash maps: exact keys, ranges by network and prefix length (an address probes each length
 * some range has), domain trees by parent (a name probes each of its parents). Simple and exact, it is the reference
 * the compact indexes are checked against.
 */
final class HashKeyIndex implements KeyIndex {

    private final ConcurrentHashMap<Key, IntArrayList> exact = new ConcurrentHashMap<>();
    private final BitSet v4Lengths = new BitSet(33);
    private final BitSet v6Lengths = new BitSet(129);
    private volatile long entries;

    @Override
    public synchronized void add(Key key, int row) {
        Key held = key.kind() == Kind.CIDR ? new Key(Kind.CIDR, network(key.value())) : key;
        exact.compute(held, (k, rows) -> {
            IntArrayList more = rows == null ? new IntArrayList(1) : new IntArrayList(rows);
            more.add(row);
            return more; // a new list, so a reader iterating the old one is not disturbed
        });
        entries++;
    }

    @Override
    public void find(Key observed, IntConsumer rows) {
        exactly(observed, rows);
        switch (observed.kind()) {
            case IPV4 -> ranges(observed.value(), v4Lengths, 32, rows);
            case IPV6 -> ranges(observed.value(), v6Lengths, 128, rows);
            case DOMAIN -> parents(observed.value(), rows);
            default -> { }
        }
    }

    @Override
    public long entries() {
        return entries;
    }

    private void exactly(Key key, IntConsumer rows) {
        IntArrayList found = exact.get(key);
        if (found != null) {
            found.forEach(rows);
        }
    }

    private void ranges(String address, BitSet lengths, int bits, IntConsumer rows) {
        byte[] bytes = bytes(address);
        for (int length = lengths.nextSetBit(0); length >= 0 && length <= bits; length = lengths.nextSetBit(length + 1)) {
            exactly(new Key(Kind.CIDR, masked(bytes, length)), rows);
        }
    }

    private void parents(String name, IntConsumer rows) {
        for (int dot = name.indexOf('.'); dot >= 0; dot = name.indexOf('.', dot + 1)) {
            exactly(new Key(Kind.DOMAIN_TREE, name.substring(dot + 1)), rows);
        }
    }

    /** A range's canonical text, its host bits cleared; notes its prefix length as one to probe. */
    private String network(String cidr) {
        int slash = cidr.indexOf('/');
        byte[] bytes = bytes(slash < 0 ? cidr : cidr.substring(0, slash));
        int length = slash < 0 ? bytes.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
        if (length < 0 || length > bytes.length * 8) {
            throw new IllegalArgumentException("'" + cidr + "' has no valid prefix length");
        }
        (bytes.length == 4 ? v4Lengths : v6Lengths).set(length);
        return masked(bytes, length);
    }

    private static String masked(byte[] address, int length) {
        byte[] net = address.clone();
        for (int bit = length; bit < net.length * 8; bit++) {
            net[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        try {
            return InetAddress.getByAddress(net).getHostAddress() + "/" + length;
        } catch (UnknownHostException e) {
            throw new IllegalStateException("An address of 4 or 16 bytes is always an address", e);
        }
    }

    /** The bytes of an address literal; never a name lookup (an IPv4 text is read here, an IPv6 one has colons). */
    static byte[] bytes(String literal) {
        if (literal.indexOf(':') < 0) {
            return v4(literal);
        }
        try {
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + literal + "' is not an IP address", e);
        }
    }

    private static byte[] v4(String literal) {
        String[] parts = literal.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("'" + literal + "' is not an IPv4 address");
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (!parts[i].matches("0|[1-9][0-9]{0,2}") || Integer.parseInt(parts[i]) > 255) {
                throw new IllegalArgumentException("'" + literal + "' is not an IPv4 address");
            }
            bytes[i] = (byte) Integer.parseInt(parts[i]);
        }
        return bytes;
    }
}
