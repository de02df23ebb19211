/**
 * STIX 2.1 objects checked against the OASIS specification: {@link org.sipar.intel.stix.StixValidator} reports
 * what breaks the specification's rules, {@link org.sipar.intel.stix.StixKind} names the object types, and
 * {@link org.sipar.intel.stix.Stix20Upgrade} lifts STIX 2.0 objects to 2.1: those three are what the rest of the intel
 * module uses, and everything else here is internal to the package. It is not a named interface, so no other
 * module may use any of it (ModularityTests fails if one does).
 */
package org.sipar.intel.stix;
