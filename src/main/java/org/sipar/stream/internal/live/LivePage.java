package org.sipar.stream.internal.live;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sipar.intel.Intelligence;
import org.sipar.platform.InputRejected;
import org.sipar.platform.Ui;
import org.sipar.stream.internal.FeedFilter;
import org.sipar.taxii.Collections;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live feed page: a form for the stream's filters and a table that grows as changes arrive, through the htmx
 * SSE extension, from {@code /stream/events}: the same dispatcher and policy as the API, sending rendered rows in
 * the page's language and time zone. The page starts the stream at the log's end as it was rendered.
 */
@Controller
class LivePage {

    private final Streams streams;
    private final Intelligence intelligence;
    private final Collections collections;

    LivePage(Streams streams, Intelligence intelligence, Collections collections) {
        this.streams = streams;
        this.intelligence = intelligence;
        this.collections = collections;
    }

    @GetMapping("/stream")
    String page(Authentication auth, HttpServletRequest request, @ModelAttribute(name = "ui", binding = false) Ui ui,
                Model model) {
        Map<String, String[]> given = given(request);
        FeedFilter filter = FeedFilter.EVERYTHING;
        List<InputRejected.Problem> problems = List.of();
        String events = null;
        try {
            filter = FeedFilter.parse(given);
            streams.check(auth, given);
            events = "/stream/events?" + query(given) + "after=" + intelligence.head();
        } catch (InputRejected e) {
            problems = e.problems();
        }
        model.addAttribute("form", new LiveForm(filter, collections.readable(auth), events, problems));
        return "stream/live";
    }

    @GetMapping("/stream/events")
    ResponseEntity<SseEmitter> events(Authentication auth, HttpServletRequest request,
                                      @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
                                      @ModelAttribute(name = "ui", binding = false) Ui ui) {
        Frames.Format rows = new Frames.Format.Rows(java.util.Locale.forLanguageTag(ui.lang()), ui.zone());
        return ResponseEntity.ok().header("X-Accel-Buffering", "no")
                .body(streams.open(auth, given(request), lastEventId, rows));
    }

    /**
     * The stream's parameters with a value: the form sends its empty fields too, and the page's own parameters
     * (its language, say) are the shell's.
     */
    private static Map<String, String[]> given(HttpServletRequest request) {
        Map<String, String[]> given = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!Streams.PARAMETERS.contains(name)) {
                return;
            }
            String[] kept = java.util.Arrays.stream(values).filter(v -> !v.isBlank()).toArray(String[]::new);
            if (kept.length > 0) {
                given.put(name, kept);
            }
        });
        return given;
    }

    private static String query(Map<String, String[]> given) {
        return given.entrySet().stream().filter(e -> !"after".equals(e.getKey()))
                .flatMap(e -> java.util.Arrays.stream(e.getValue()).map(v -> enc(e.getKey()) + "=" + enc(v) + "&"))
                .collect(Collectors.joining());
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
