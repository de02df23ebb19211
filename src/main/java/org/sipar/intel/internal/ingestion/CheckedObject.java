package org.sipar.intel.internal.ingestion;

import org.sipar.sharing.Distribution;
import tools.jackson.databind.JsonNode;

/** An object that passed the checks, waiting in a batch to be written. */
record CheckedObject(long index, JsonNode object, String type, String id, String modified, Distribution distribution,
                 boolean upgraded, java.util.List<String> warnings, String pap) {
}
