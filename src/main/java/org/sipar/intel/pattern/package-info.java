/**
 * The STIX 2.1 Patterning Language (STIX 2.1, section 9): {@link org.sipar.intel.pattern.StixPatterns#parse}
 * turns a pattern's text into a syntax tree of records ({@link org.sipar.intel.pattern.Pattern} and its
 * families) or refuses it with a {@link org.sipar.intel.pattern.PatternRejected} naming the offset and the
 * reason. The tree renders back to canonical text and lists the object paths it touches, which is what the
 * detection module needs to route a pattern to the observables it can match.
 * A named interface so that other modules may use it although it sits below the intel module's top level.
 */
@org.springframework.modulith.NamedInterface("pattern")
package org.sipar.intel.pattern;
