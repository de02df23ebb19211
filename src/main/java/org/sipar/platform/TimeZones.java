package org.sipar.platform;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The time zone a page shows times in: the one chosen on the page ({@code ?zone=}), else the one remembered in
 * the cookie {@value #COOKIE} (which {@code sipar.js} sets from the browser's zone, and a choice replaces), else
 * UTC. People and organisations have no zone setting of their own, so the browser's is the default.
 */
public final class TimeZones {

    public static final String PARAMETER = "zone";
    public static final String COOKIE = "sipar_zone";
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final List<String> CHOICES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();

    private TimeZones() {
    }

    /** A zone, and whether it was chosen (on the page or remembered) rather than the UTC default. */
    public record Zone(ZoneId id, boolean chosen) {

        /** {@code instant} as a local date and time in this zone, or empty for null. */
        public String format(Instant instant) {
            return instant == null ? "" : FORMAT.format(instant.atZone(id));
        }

        /** The zone's name, such as {@code Asia/Karachi} or {@code UTC}. */
        public String name() {
            return id.getId();
        }
    }

    /** The zone of {@code request}; a zone chosen on the page is remembered in the response's cookie. */
    public static Zone of(HttpServletRequest request, HttpServletResponse response) {
        return of(request, response, request.getAttribute(FALLBACK) instanceof ZoneId platform ? platform : ZoneOffset.UTC);
    }

    /** The request attribute holding the platform's zone ({@code sipar.time-zone}), set for every page. */
    public static final String FALLBACK = TimeZones.class.getName() + ".fallback";

    /** The zone of {@code request}, else {@code fallback} (the platform's {@code sipar.time-zone}), not chosen. */
    public static Zone of(HttpServletRequest request, HttpServletResponse response, ZoneId fallback) {
        Optional<ZoneId> asked = parse(request.getParameter(PARAMETER));
        if (asked.isPresent()) {
            Cookie cookie = new Cookie(COOKIE, asked.get().getId());
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            return new Zone(asked.get(), true);
        }
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (COOKIE.equals(c.getName())) {
                    Optional<ZoneId> remembered = parse(c.getValue());
                    if (remembered.isPresent()) {
                        return new Zone(remembered.get(), true);
                    }
                }
            }
        }
        return new Zone(fallback, false);
    }

    /** The zones offered to choose from: the region zones (such as Asia/Karachi), and UTC first. */
    public static List<String> choices() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of("UTC"), CHOICES.stream()).toList();
    }

    private static Optional<ZoneId> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(text.strip().replace("%2F", "/")));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
