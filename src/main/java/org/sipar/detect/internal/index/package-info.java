/**
 * The in-memory matching index of live indicators: exact values (IPv4 and IPv6 addresses, file hashes, canonical
 * strings), CIDR ranges and domain names (exact or with their subdomains), each mapped to indicator ordinals.
 *
 * <p>Every index is one {@link org.sipar.detect.internal.index.FingerprintTable}: 64-bit fingerprints in a sorted
 * open-addressing array of primitives with the ordinals beside them and the key bytes in one arena, so that there is
 * no object per indicator. Snapshots are immutable and built aside ({@link org.sipar.detect.internal.index.IndexSnapshot},
 * {@link org.sipar.detect.internal.index.LiveIndex}); lookups go in batches ({@link org.sipar.detect.internal.index.Probes})
 * whose independent memory accesses overlap.
 */
package org.sipar.detect.internal.index;
