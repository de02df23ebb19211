/**
 * Detection: partners' telemetry matched against all shared intelligence, sightings that flow back to the
 * intelligence's producers, and alerts to the organisations whose networks appear in new intelligence (issue 12).
 * It listens to intel's change feed and keeps an in-memory index of every live indicator built from the pattern
 * syntax trees ({@code intel::pattern}); what a caller is answered is decided by the one sharing policy.
 *
 * <p>Inside: {@code detect.internal.evaluate} (the whole STIX patterning language evaluated against observations),
 * {@code detect.internal.index} (compact primitive indexes of exact values, CIDR ranges and domains),
 * {@code detect.internal.telemetry} (log formats read into observables with line-numbered reports) and
 * {@code detect.internal.lifecycle} (canonical values, warning lists, decay).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Detection",
        allowedDependencies = {"platform", "identity", "sharing", "intel", "intel::pattern"})
package org.sipar.detect;
