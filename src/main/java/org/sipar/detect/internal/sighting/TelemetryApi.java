package org.sipar.detect.internal.sighting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sipar.detect.internal.telemetry.TelemetryReader;
import org.sipar.identity.CurrentUser;
import org.sipar.platform.Audit;
import org.sipar.platform.InputRejected;
import org.sipar.platform.NotPermitted;
import org.sipar.sharing.Readers;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/telemetry}: an organisation's log, streamed (one long-lived chunked request is fine), matched
 * against the intelligence it may see; its matches become the organisation's sightings. Answers the upload's report.
 */
@RestController
@Tag(name = "Detection")
class TelemetryApi {

    private final TelemetryIntake intake;
    private final Mappings mappings;
    private final Readers readers;
    private final Audit audit;
    private final java.time.Clock clock;

    TelemetryApi(TelemetryIntake intake, Mappings mappings, Readers readers, Audit audit, java.time.Clock clock) {
        this.intake = intake;
        this.mappings = mappings;
        this.readers = readers;
        this.audit = audit;
        this.clock = clock;
    }

    @Operation(summary = "Upload telemetry: logs matched against intelligence, matches recorded as sightings",
            description = "`format`: `ecs` (Elastic Common Schema JSON lines), `eve` (Suricata EVE JSON lines), `zeek`"
                    + " (TSV with headers or JSON lines), `jsonl` or `csv` with `mapping` naming a mapping saved with"
                    + " PUT /api/v1/telemetry/mappings/{name}. The body is streamed; malformed lines are counted and"
                    + " listed with their line numbers (the first 100) and never stop the rest. Needs a token of write scope.")
    @PostMapping(path = "/api/v1/telemetry", produces = "application/json")
    Map<String, Object> upload(Authentication auth, @RequestParam String format, @RequestParam(required = false) String mapping,
                               HttpServletRequest request) throws IOException {
        CurrentUser user = member(auth);
        TelemetryReader reader = reader(user, format, mapping);
        TelemetryIntake.Outcome outcome;
        try (InputStream in = request.getInputStream()) {
            outcome = intake.take(in, reader, user.organisationId(), readers.of(auth));
        }
        audit.record("detect.telemetry.upload", format, Map.of("lines", outcome.report().linesRead(),
                "matches", outcome.matches(), "sightings", outcome.sightings()));
        return answer(outcome);
    }

    @Operation(summary = "Save a field mapping for JSON-lines or CSV telemetry",
            description = "Body: {\"fields\": [{\"path\": \"src_ip\", \"type\": \"ip\"}, {\"path\": \"query\", \"type\":"
                    + " \"domain-name\"}], \"urls\": [{\"host\": \"host\", \"path\": \"uri\"}], \"time\": {\"path\": \"ts\","
                    + " \"format\": \"epoch-seconds\"}}. Types: ip, ipv4-addr, ipv6-addr, domain-name, host, url, email-addr,"
                    + " dns-answer, file:MD5, file:SHA-1, file:SHA-256, file:SHA-512. Refused, naming the part, when broken.")
    @PutMapping(path = "/api/v1/telemetry/mappings/{name}", consumes = "application/json", produces = "application/json")
    Map<String, Object> saveMapping(Authentication auth, @PathVariable String name, @RequestBody JsonNode spec) {
        CurrentUser user = member(auth);
        mappings.save(user.organisationId(), name, spec, user.personId(), clock.instant());
        audit.record("detect.telemetry.mapping", name, Map.of());
        return Map.of("name", name, "saved", true);
    }

    private TelemetryReader reader(CurrentUser user, String format, String mapping) {
        return switch (format) {
            case "ecs" -> TelemetryReader.ecs();
            case "eve" -> TelemetryReader.eve();
            case "zeek" -> TelemetryReader.zeek();
            case "jsonl", "csv" -> {
                if (mapping == null || mapping.isBlank()) {
                    throw new InputRejected("mapping", "", "format " + format + " needs the name of a saved mapping");
                }
                var saved = mappings.find(user.organisationId(), mapping)
                        .orElseThrow(() -> new InputRejected("mapping", mapping, "is no mapping your organisation saved"));
                yield format.equals("csv") ? TelemetryReader.csv(saved) : TelemetryReader.jsonLines(saved);
            }
            default -> throw new InputRejected("format", format, "is not one of ecs, eve, zeek, jsonl, csv");
        };
    }

    private static CurrentUser member(Authentication auth) {
        return CurrentUser.of(auth).orElseThrow(() -> new NotPermitted("Telemetry is sent by members of an organisation"));
    }

    private static Map<String, Object> answer(TelemetryIntake.Outcome o) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("lines", o.report().linesRead());
        report.put("parsed", o.report().parsed());
        report.put("malformed", o.report().malformedLines());
        report.put("malformed_lines", o.report().malformed().stream()
                .map(m -> Map.of("line", m.line(), "reason", m.reason())).toList());
        report.put("ignored", o.report().ignoredLines());
        report.put("observables", o.report().observables());
        report.put("invalid_values", o.report().invalidValues());
        report.put("matches", o.matches());
        report.put("sightings", o.sightings());
        return report;
    }
}
