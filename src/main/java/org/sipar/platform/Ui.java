package org.sipar.platform;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every page template needs besides its own data: translations, language and direction, the
 * signed-in viewer, the CSRF token for forms, and which navigation entry is current.
 */
public final class Ui {

    private final MessageSource messages;
    private final Locale locale;
    private final String path;
    private final CsrfToken csrf;
    private final Authentication auth;
    private final List<Navigation.Entry> navigation;
    private final ZoneId zone;

    /** Creates the context of one request, without navigation, showing times in UTC. */
    public Ui(MessageSource messages, Locale locale, String path, CsrfToken csrf, Authentication auth) {
        this(messages, locale, path, csrf, auth, List.of(), ZoneOffset.UTC);
    }

    /**
     * Creates the context of one request; {@code navigation} holds every module's entries, sorted by order, and
     * {@code zone} is the time zone the pages show times in.
     */
    public Ui(MessageSource messages, Locale locale, String path, CsrfToken csrf, Authentication auth,
              List<Navigation.Entry> navigation, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
        this.navigation = navigation;
        this.locale = locale;
        this.path = path;
        this.csrf = csrf;
        this.auth = auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof Viewer ? auth : null;
    }

    /** The translation of {@code key}, with {@code args} filled in; the key itself when none exists. */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** The translation of a dashboard text, its numbers and instants formatted for the page's language. */
    public String t(DashboardPanel.Text text) {
        Object[] args = text.args().stream().map(a -> a instanceof Number n ? number(n.longValue())
                : a instanceof Instant i ? dateTime(i) : a).toArray();
        return t(text.key(), args);
    }

    /** The page language as a BCP 47 tag, such as {@code en} or {@code ur}. */
    public String lang() {
        return locale.getLanguage();
    }

    /** The text direction of the page language, {@code rtl} for Urdu. */
    public String dir() {
        return "ur".equals(lang()) ? "rtl" : "ltr";
    }

    /** The language the switch offers: the other of English and Urdu. */
    public String otherLang() {
        return "ur".equals(lang()) ? "en" : "ur";
    }

    /** The day of {@code instant} in the page's language and time zone ("2 Dec 2026", "2 دسمبر، 2026"); empty for null. */
    public String date(Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM));
    }

    /** Day and time of {@code instant} to the minute, in the page's language, with the time zone named. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
                FormatStyle.SHORT)) + " " + zone.getId();
    }

    /**
     * A STIX or ISO-8601 timestamp ({@code 2024-05-01T10:00:00.000Z}) as {@link #dateTime(Instant)} shows it; text
     * that is not one is shown as it is, since it came from a bundle and says what its author wrote.
     */
    public String timestamp(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            return dateTime(Instant.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    /** {@code n} with the page language's grouping ("12,345"). */
    public String number(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** The time zone the pages show times in. */
    public ZoneId zone() {
        return zone;
    }

    private String format(Instant instant, DateTimeFormatter formatter) {
        return instant == null ? "" : formatter.withLocale(formatLocale()).withZone(zone).format(instant);
    }

    /** Day before month in English too ("2 Dec 2026"), as in Pakistan and most of the world, never 12/2. */
    private Locale formatLocale() {
        return "en".equals(locale.getLanguage()) && locale.getCountry().isEmpty() ? Locale.UK : locale;
    }

    /** The name of form field {@code field} in the page's language ({@code field.<name>}), else the field itself. */
    public String fieldName(String field) {
        return messages.getMessage("field." + field, null, field, locale);
    }

    /** What is wrong in {@code problem}, in the page's language where a translation exists, else in English. */
    public String reason(InputRejected.Problem problem) {
        return problem.key() == null ? problem.reason()
                : messages.getMessage("problem." + problem.key(), problem.args().toArray(), problem.reason(), locale);
    }

    /** Whether a person is signed in. */
    public boolean signedIn() {
        return auth != null;
    }

    /** The signed-in person's name, or empty. */
    public String userName() {
        return auth == null ? "" : ((Viewer) auth.getPrincipal()).displayName();
    }

    /** The signed-in person's organisation, or empty. */
    public String organisation() {
        return auth == null ? "" : ((Viewer) auth.getPrincipal()).organisationName();
    }

    /** Whether the signed-in person has {@code role} (without the ROLE_ prefix). */
    public boolean hasRole(String role) {
        return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(("ROLE_" + role)::equals);
    }

    /**
     * The entries of {@code area} the signed-in viewer may see, in order; none for a signed-out one, who sees the
     * {@link Navigation.Area#PUBLIC} entries instead (which a signed-in viewer reaches through the pillars).
     */
    public List<Navigation.Entry> navigation(Navigation.Area area) {
        if (area == Navigation.Area.PUBLIC) {
            return signedIn() ? List.of() : navigation.stream().filter(e -> e.area() == area).toList();
        }
        return auth == null ? List.of()
                : navigation.stream().filter(e -> e.area() == area && e.visibleTo(auth)).toList();
    }

    /** The request path, to mark the current navigation entry. */
    public String path() {
        return path;
    }

    /** {@code page} when the request path is under {@code prefix}, for {@code aria-current}; else null. */
    public String current(String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/") ? "page" : null;
    }

    public String csrfParameter() {
        return csrf == null ? "_csrf" : csrf.getParameterName();
    }

    public String csrfHeader() {
        return csrf == null ? "X-CSRF-TOKEN" : csrf.getHeaderName();
    }

    public String csrfToken() {
        return csrf == null ? "" : csrf.getToken();
    }

    /** This context without the reader's CSRF token: for a page made once and shown to every anonymous reader. */
    public Ui withoutCsrfToken() {
        return new Ui(messages, locale, path, null, auth, navigation, zone);
    }
}
