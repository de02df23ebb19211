package org.sipar.intel;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.sipar.sharing.Tlp;

/**
 * One import as its history shows it: the file, who imported it for which organisation, the TLP its unmarked
 * objects were given and whom it was shared with, how far it has got, and (when read alone) its report.
 *
 * @param source the file name of a web upload, or {@code API} or {@code TAXII}
 * @param sizeBytes the size of the bundle as queued (null for imports from before it was kept)
 * @param defaultTlp the TLP given to objects that carry no TLP marking (null for imports from before it was kept)
 * @param processed how many objects were read so far
 * @param stored how many versions were stored so far (while running: by the batches committed so far)
 * @param warnings how many warnings its objects had so far
 * @param report the report, when the import is read alone; null in a page of the history
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportRecord(UUID id, ImportStatus status, String source, Long sizeBytes, Party importer,
                           Party organisation, Tlp defaultTlp, Recipients recipients, Instant queuedAt,
                           Instant startedAt, Instant finishedAt, long processed, long stored, long warnings,
                           ImportReport report) {

    /** A person or organisation: its id and, when it still exists, its name. */
    public record Party(UUID id, String name) {
    }

    /** Whom the import was shared with, by name (the id when the name is gone). */
    public record Recipients(List<Party> organisations, List<Party> groups, List<Party> people) {

        public Recipients {
            organisations = List.copyOf(organisations);
            groups = List.copyOf(groups);
            people = List.copyOf(people);
        }

        /** Whether it names no one beyond the publisher. */
        public boolean none() {
            return organisations.isEmpty() && groups.isEmpty() && people.isEmpty();
        }
    }

    /** One page of the history, newest first, with how many imports the viewer may see in all. */
    public record Page(List<ImportRecord> imports, long total, int offset, int limit) {

        public Page {
            imports = List.copyOf(imports);
        }

        /** Whether later pages exist. */
        public boolean more() {
            return offset + imports.size() < total;
        }
    }
}
