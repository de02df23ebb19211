/**
 * Advisories on paper: {@code /advisories/{tracking-id}.pdf}, a published document printed with the platform's
 * {@link org.sipar.platform.Pdfs} in English or Urdu under the same sharing rule as its page. The HTML page prints
 * through the stylesheet's {@code @media print} rules.
 */
package org.sipar.advisory.internal.print;
