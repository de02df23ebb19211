package org.sipar.detect.internal.index;

/**
 * For each /16 block of the IPv4 space, the prefix lengths of the networks that could hold an address in it: those
 * of length 16 or less that cover the block and the longer ones inside it. An address is then probed only for the
 * lengths its own block has (typically a handful) instead of every length of the whole index (for real feeds often
 * twenty or more). 512 KiB, mostly in cache: one read per address.
 */
final class Ipv4BlockLengths {

    private static final int BLOCK_BITS = 16;

    private final long[] lengthsByBlock = new long[1 << BLOCK_BITS];

    /** Records the network of {@code length} (host bits cleared) at {@code network}. */
    void mark(int network, int length) {
        long bit = 1L << length;
        int first = network >>> BLOCK_BITS;
        if (length >= BLOCK_BITS) {
            lengthsByBlock[first] |= bit;
        } else if ((lengthsByBlock[first] & bit) == 0) { // else this very network is marked already, on all its blocks
            for (int block = first, end = first + (1 << (BLOCK_BITS - length)); block < end; block++) {
                lengthsByBlock[block] |= bit;
            }
        }
    }

    /** Bit n set: some network of length n may hold {@code address}. */
    long lengthsFor(int address) {
        return lengthsByBlock[address >>> BLOCK_BITS];
    }

    Ipv4BlockLengths copy() {
        Ipv4BlockLengths copy = new Ipv4BlockLengths();
        System.arraycopy(lengthsByBlock, 0, copy.lengthsByBlock, 0, lengthsByBlock.length);
        return copy;
    }

    long bytes() {
        return 8L * lengthsByBlock.length;
    }
}
