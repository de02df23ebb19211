package org.sipar.intel;

import java.util.List;
import org.sipar.sharing.Tlp;

/**
 * One page of the versions an import stored, as far as the reader may see them.
 *
 * @param total how many versions of the import the reader may see, over all pages
 * @param next the cursor to pass as {@code after} for the next page, while {@code more}
 */
public record ImportedObjects(List<Item> objects, long total, long next, boolean more) {

    public ImportedObjects {
        objects = List.copyOf(objects);
    }

    /** One stored version: its STIX id and type, its name if it has one, its version and its TLP. */
    public record Item(String id, String type, String name, String modified, Tlp tlp) {
    }
}
