/**
 * The STIX test fixtures, in one place for every module's tests:
 * <ul>
 * <li>{@link org.sipar.support.stix.Stix}: objects made up for tests (mostly with fresh ids) and bundles of them;</li>
 * <li>{@link org.sipar.support.stix.SpecExamples}: the specification's example objects, with fixed ids, for the
 *     validator's tests;</li>
 * <li>{@link org.sipar.support.stix.Mutations}: seeded random mutations of a valid object, for fuzzing;</li>
 * <li>{@link org.sipar.support.stix.ReferenceData}: the shared reference data beside the work tree (ATT&amp;CK bundles,
 *     OASIS schemas, TLP 2.0 definitions), skipping a test without it and failing it under CI;</li>
 * <li>{@link org.sipar.support.stix.StixSchemas}: the OASIS STIX 2.1 JSON schemas from the reference data, as a
 *     validator.</li>
 * </ul>
 * The made-up bundles that cover every object type ({@code conformance-bundle.json} and its STIX 2.0 twin) are
 * resources in {@code src/test/resources/org/sipar/intel/}, where the intel module's tests read them.
 */
package org.sipar.support.stix;
