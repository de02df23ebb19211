/**
 * The indicator lifecycle: the one canonical form that indicators and telemetry are both reduced to before they
 * are compared ({@link org.sipar.detect.internal.lifecycle.CanonicalValues}), the known-benign values of MISP's
 * warning lists that flag indicators at import ({@link org.sipar.detect.internal.lifecycle.WarningLists}), and the
 * decay of an indicator's score over time, raised again by sightings
 * ({@link org.sipar.detect.internal.lifecycle.DecayModel}). Pure functions of their inputs: no Spring, no clock
 * of its own (instants are passed in).
 */
package org.sipar.detect.internal.lifecycle;
