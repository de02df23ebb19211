/**
 * The general evaluator of the whole STIX 2.1 Patterning Language (STIX 2.1, section 9): a parsed pattern
 * ({@code intel::pattern}) is compiled once by {@link org.sipar.detect.internal.evaluate.PatternEvaluator} into a
 * {@link org.sipar.detect.internal.evaluate.CompiledPattern}, which answers for a list of
 * {@link org.sipar.detect.internal.evaluate.Observation}s whether the pattern matches and which observations made
 * the match (for a sighting's {@code observed_data_refs}). {@link org.sipar.detect.internal.evaluate.ObservedData}
 * reads observations from STIX observed-data JSON.
 *
 * <p>Semantics follow the specification and, where it is silent, the OASIS reference matcher
 * (oasis-open/cti-pattern-matcher, "stix2-matcher"): comparisons joined by AND hold for one and the same root
 * object, an operand of the wrong type makes the comparison false (so {@code !=} and {@code NOT} make it true),
 * observations count {@code number_observed} times, and observation operators bind distinct observations.
 * The detection index uses this evaluator only for what it cannot decide by exact lookups.
 */
package org.sipar.detect.internal.evaluate;
