/**
 * CVSS, CVE and CWE for advisories. {@link org.sipar.advisory.internal.cvss.Cvss#parse(String)} reads CVSS 3.0, 3.1
 * and 4.0 vectors, rejecting a bad one with the position of the problem, and scores them: 3.x base scores with
 * us.springett's cvss-calculator (the specification's formulas and roundup), 4.0 scores (CVSS-B, -BT, -BE, -BTE) by
 * section 8 of FIRST's specification, in step with FIRST's reference calculator and its rounding. A 3.x score gives
 * the {@code cvss_v3} object of CSAF 2.0. {@link org.sipar.advisory.internal.cvss.CveId} checks CVE ids;
 * {@link org.sipar.advisory.internal.cvss.Cwes} and {@link org.sipar.advisory.internal.cvss.CweCatalogue} give the
 * exact catalogue names of CWE ids (CSAF test 6.1.11).
 */
package org.sipar.advisory.internal.cvss;
