package org.sipar.detect.internal.engine;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sipar.platform.InputRejected;
import org.sipar.sharing.Readers;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/match}: a batch of observables (up to {@link #MAX} of them), answered in request order with
 * the indicators each matches that the caller may see; an observable it cannot read gets an {@code error} in place
 * of its matches, never a failure of the batch.
 */
@RestController
@Tag(name = "Detection")
class MatchApi {

    static final int MAX = 10_000;
    private final Matches matches;
    private final Readers readers;
    private final Canonical canonical = new Canonical();

    MatchApi(Matches matches, Readers readers) {
        this.matches = matches;
        this.readers = readers;
    }

    @Operation(summary = "Match observables against all intelligence the caller may see",
            description = "Body: {\"observables\": [{\"type\": \"ipv4-addr\", \"value\": \"203.0.113.5\"},"
                    + " {\"type\": \"domain-name\", \"value\": \"x.example\"}, {\"type\": \"file\", \"hashes\": {\"SHA-256\": \"...\"}}]},"
                    + " at most 10,000. Answers {\"results\": [{\"observable\": {...}, \"matches\": [{\"indicator\","
                    + " \"score\", \"tlp\", \"labels\"}]}]} in request order, with \"error\" instead of \"matches\" for an"
                    + " observable it cannot read. An address matches indicators of it and of the ranges holding it, a"
                    + " domain those of it and of its parents' subdomains. The score is the indicator's confidence decayed"
                    + " by its age; indicators below the threshold, expired or revoked do not match. Needs a token of"
                    + " write scope (matches will be recorded as sightings).")
    @PostMapping(path = "/api/v1/match", consumes = "application/json", produces = "application/json")
    Map<String, Object> match(Authentication auth, @RequestBody JsonNode body) {
        JsonNode observables = body.path("observables");
        if (!observables.isArray()) {
            throw new InputRejected("observables", body.path("observables").toString(), "must be a list of observables");
        }
        if (observables.size() > MAX) {
            throw new InputRejected("observables", String.valueOf(observables.size()), "at most " + MAX + " observables a request");
        }
        List<Matches.Asked> asked = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (JsonNode o : observables) {
            try {
                asked.add(new Matches.Asked(Observed.keys(o, canonical), Observed.object(o)));
                errors.add(null);
            } catch (IllegalArgumentException e) {
                asked.add(new Matches.Asked(List.of(), Map.of()));
                errors.add(e.getMessage());
            }
        }
        List<List<Matches.Match>> found = matches.of(asked, readers.of(auth));
        List<Map<String, Object>> results = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("observable", observables.get(i));
            result.put(errors.get(i) == null ? "matches" : "error", errors.get(i) == null ? found.get(i) : errors.get(i));
            results.add(result);
        }
        return Map.of("results", results);
    }
}
