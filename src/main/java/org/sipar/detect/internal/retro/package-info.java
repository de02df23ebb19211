/**
 * Retro-hunt: the distinct values each organisation's telemetry carried, per organisation and day over the last days
 * (30 unless {@code sipar.detect.retro.days} says otherwise), kept compactly so that a new indicator is also matched
 * against what was already seen ({@link org.sipar.detect.internal.retro.RetroStore#whoSaw}).
 *
 * <p>A day's values are a sorted {@code long[]} of 64-bit fingerprints (for a domain name also one per parent, so
 * that an indicator of a domain's subdomains is one lookup) and a sorted {@code int[]} of IPv4 addresses (so that a
 * range is one binary search). Buffered as they arrive, merged in at each flush, and stored in table
 * {@code detect_retro_seen} so that a restart loses nothing flushed.
 */
package org.sipar.detect.internal.retro;
