/**
 * STIX 2.1 objects checked against the OASIS specification: {@link org.sipar.intel.stix.StixValidator} reports
 * what breaks the specification's rules, {@link org.sipar.intel.stix.StixKind} names the object types, and
 * {@link org.sipar.intel.stix.Stix20Upgrade} lifts STIX 2.0 objects to 2.1. Everything else here is internal.
 */
package org.sipar.intel.stix;
