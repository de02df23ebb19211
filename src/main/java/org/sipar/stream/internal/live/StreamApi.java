package org.sipar.stream.internal.live;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** {@code GET /api/v1/stream}: the change log as Server-Sent Events, as the caller may see it. */
@RestController
@Tag(name = "Live stream")
class StreamApi {

    private final Streams streams;

    StreamApi(Streams streams) {
        this.streams = streams;
    }

    @GetMapping("/api/v1/stream")
    @Operation(summary = "Follow the change log live (Server-Sent Events)",
            description = "Each event's `id` is the change's position, its `event` the kind (`added`, `revoked`,"
                    + " `redistributed`, `withdrawn`, `deleted`), its `data` one line of JSON with `kind`, `position`,"
                    + " `id` (the STIX id), `type`, `modified`, `at` and, for versions, `tlp` and `object` (the STIX"
                    + " object as the caller may see it, granular markings applied). Only what the caller could read"
                    + " through TAXII is sent. Filters: `type`, `label`, `tlp` (each repeatable or comma-separated),"
                    + " `min_confidence`, `collection` (a TAXII collection id). Resume with the `Last-Event-ID` header"
                    + " or `after`: nothing is missed or repeated; without either the stream starts with what is"
                    + " committed next. Comment lines are sent every `sipar.stream.heartbeat` (15 s). A client that"
                    + " falls behind by `sipar.stream.buffer` events is sent `event: lagging` with the last id it was"
                    + " sent, and the stream ends: reconnect with that id. Anonymous callers see TLP:CLEAR only.")
    @ApiResponse(responseCode = "200", description = "The stream (text/event-stream)")
    @ApiResponse(responseCode = "400", description = "An unknown parameter or a bad value, named")
    ResponseEntity<SseEmitter> stream(Authentication auth, HttpServletRequest request,
                                      @Parameter(description = "The id of the last event received, to resume after it")
                                      @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        SseEmitter emitter = streams.open(auth, request.getParameterMap(), lastEventId, Frames.JSON_FORMAT);
        // Proxies such as nginx would otherwise hold events back to fill their buffers.
        return ResponseEntity.ok().header("X-Accel-Buffering", "no").body(emitter);
    }
}
