/**
 * Raw CSAF 2.0 JSON into the workroom: {@code /advisories/workroom/import} (upload or paste) and
 * {@code POST /api/v1/advisories/drafts} make a new draft of a document, through the same
 * {@link org.sipar.advisory.internal.Workroom#create} as the editor; {@code GET /api/v1/advisories/drafts/{id}/csaf}
 * reads a draft back as CSAF. The export of the editor is {@code /advisories/workroom/{id}/csaf.json}.
 */
package org.sipar.advisory.internal.csafimport;
