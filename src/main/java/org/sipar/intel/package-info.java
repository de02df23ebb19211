/**
 * Threat intelligence: the STIX 2.1 store (every version of every object, kept verbatim), ingestion with
 * an import report, and the one sharing policy that decides, under TLP 2.0, who may see what. Its public
 * API is this package ({@link org.sipar.intel.SharingPolicy}, {@link org.sipar.intel.Intelligence},
 * {@link org.sipar.intel.Tlp} and the records they use) and the named interfaces
 * {@code intel.stix} (validation) and {@code intel.pattern} (the patterning language).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intelligence")
package org.sipar.intel;
