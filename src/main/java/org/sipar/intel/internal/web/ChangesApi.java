package org.sipar.intel.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.sipar.intel.Change;
import org.sipar.intel.ChangePage;
import org.sipar.intel.Intelligence;
import org.sipar.intel.StoredObject;
import org.sipar.platform.InputRejected;
import org.sipar.sharing.Readers;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The change log over REST, for followers: what was added, revoked and deleted, in commit order, as the caller may see it. */
@RestController
@RequestMapping("/api/v1/intel")
@Tag(name = "Intelligence")
class ChangesApi {

    private final Intelligence intelligence;
    private final Readers readers;

    ChangesApi(Intelligence intelligence, Readers readers) {
        this.intelligence = intelligence;
        this.readers = readers;
    }

    @GetMapping("/changes")
    @Operation(summary = "Follow the change log",
            description = "Versions added, objects revoked and versions deleted (tombstones), in commit order, each only"
                    + " if the caller may see the version. When a publisher changes who may see an object"
                    + " (`PUT /api/v1/intel/objects/{id}/distribution`), each of its versions is told `redistributed`"
                    + " (with its object and new `tlp`) to whoever may see it now, and `withdrawn` (a tombstone) to"
                    + " whoever could see it before and no longer can: delete it as if it were deleted. Resume with `after` set to the last page's `next`: nothing is"
                    + " missed or repeated, whatever was being written meanwhile. A version deleted since it was added"
                    + " appears only as its tombstone.")
    @ApiResponse(responseCode = "200", description = "A page of changes")
    Page changes(Authentication auth,
                 @Parameter(description = "The position to read after (0 for the start)") @RequestParam(defaultValue = "0") String after,
                 @Parameter(description = "At most this many changes, 1 to 1000") @RequestParam(defaultValue = "100") String limit) {
        ChangePage page = intelligence.changes(readers.of(auth), number("after", after, 0, Long.MAX_VALUE),
                (int) number("limit", limit, 1, 1000));
        return new Page(page.changes().stream().map(ChangesApi::entry).toList(), page.more(), page.next());
    }

    private static long number(String name, String text, long min, long max) {
        try {
            long value = Long.parseLong(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new InputRejected(name, text, "must be a whole number from " + min + " to " + max);
    }

    private static Entry entry(Change change) {
        return switch (change) {
            case Change.Added added -> version(change.kind(), added.version());
            case Change.VersionDeleted deleted -> new Entry(change.kind(), deleted.position(), deleted.id(), deleted.type(),
                    deleted.modified(), deleted.deletedAt().toString(), null, null);
            case Change.VersionWithdrawn gone -> new Entry(change.kind(), gone.position(), gone.id(), gone.type(),
                    gone.modified(), gone.withdrawnAt().toString(), null, null);
        };
    }

    private static Entry version(String kind, StoredObject v) {
        return new Entry(kind, v.position(), v.id(), v.type(), v.modified(), v.dateAdded().toString(), v.tlp().label(), v.content());
    }

    /** A page of the log; {@code next} is the {@code after} of the next request. */
    record Page(List<Entry> changes, boolean more, long next) {
    }

    /**
     * One change: {@code at} is when it was made (date added, or deleted); {@code tlp} and {@code object} (as
     * the caller may see it) come with added and revoking versions only.
     */
    record Entry(String change, long position, String id, String type, String modified, String at, String tlp,
                 JsonNode object) {
    }
}
