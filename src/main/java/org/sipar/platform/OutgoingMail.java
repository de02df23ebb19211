package org.sipar.platform;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One mail for the {@link Outbox}: to one address, with a plain text body (and, optionally, an HTML one), in one
 * language, with extra headers such as {@code List-Unsubscribe}. Every part is checked when the record is made, so
 * that a bad address or an attempt at header injection fails in the caller, naming the bad value.
 *
 * @param to the recipient's address, such as {@code analyst@example.org} (one address, no display name)
 * @param subject one line
 * @param text the plain text body, always sent (as the only part, or beside {@code html})
 * @param html the HTML body, or null
 * @param language the body's language as a BCP 47 tag ({@code en}, {@code ur}), sent as {@code Content-Language}
 * @param headers extra headers by name; names are tokens, values single lines; the outbox's own headers
 *                (addresses, subject, date, {@code Message-ID}, MIME structure) cannot be given
 * @param kind what sort of mail it is, for the administration page, such as {@code advisory.confirm}
 * @param reference what caused it, for the administration page (an advisory's id, say), or null
 */
public record OutgoingMail(String to, String subject, String text, String html, String language,
                           Map<String, String> headers, String kind, String reference) {

    /** RFC 9110's token: the characters a header name may have. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]{1,76}");
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*");
    private static final Set<String> OWN_HEADERS = Set.of("from", "sender", "to", "cc", "bcc", "subject", "date",
            "message-id", "mime-version", "content-type", "content-transfer-encoding", "content-language",
            "return-path", "auto-submitted");

    public OutgoingMail {
        address(to);
        require(subject != null && !subject.isBlank() && subject.length() <= 300 && oneLine(subject), "subject",
                subject, "not one line of 1 to 300 characters");
        require(text != null && !text.isBlank(), "text", text, "empty: every mail has a plain text body");
        require(language != null && known(language), "language", language, "not a language tag such as en or ur");
        require(kind != null && kind.length() <= 64 && KIND.matcher(kind).matches(), "kind", kind,
                "not a lower-case name such as advisory.confirm");
        require(reference == null || reference.length() <= 200 && oneLine(reference), "reference", reference,
                "not one line of at most 200 characters");
        headers = checked(headers == null ? Map.of() : headers);
        html = html == null || html.isBlank() ? null : html;
    }

    /** A plain text mail in English with no extra headers; the {@code with…} methods add the rest. */
    public static OutgoingMail of(String kind, String to, String subject, String text) {
        return new OutgoingMail(to, subject, text, null, "en", Map.of(), kind, null);
    }

    /** The same mail with an HTML body beside its text. */
    public OutgoingMail withHtml(String htmlBody) {
        return new OutgoingMail(to, subject, text, htmlBody, language, headers, kind, reference);
    }

    /** The same mail in {@code tag}'s language. */
    public OutgoingMail inLanguage(String tag) {
        return new OutgoingMail(to, subject, text, html, tag, headers, kind, reference);
    }

    /** The same mail saying what caused it. */
    public OutgoingMail about(String cause) {
        return new OutgoingMail(to, subject, text, html, language, headers, kind, cause);
    }

    /** The same mail with header {@code name} set to {@code value}. */
    public OutgoingMail withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new OutgoingMail(to, subject, text, html, language, more, kind, reference);
    }

    /**
     * The same mail with one-click unsubscription (RFC 8058): {@code List-Unsubscribe} naming {@code url}, and
     * {@code List-Unsubscribe-Post}, so that a mail client's button POSTs there without opening a page. Receivers
     * honour only {@code https} addresses.
     */
    public OutgoingMail withOneClickUnsubscribe(URI url) {
        require(url != null && url.isAbsolute() && ("https".equals(url.getScheme()) || "http".equals(url.getScheme())),
                "List-Unsubscribe", url, "not an absolute https (or, for tests, http) address");
        return withHeader("List-Unsubscribe", "<" + url.toASCIIString() + ">")
                .withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    private static void address(String to) {
        try {
            InternetAddress parsed = new InternetAddress(to == null ? "" : to, true);
            require(parsed.getPersonal() == null && parsed.getAddress().equals(to) && to.indexOf('@') > 0, "to",
                    to, "not one e-mail address such as analyst@example.org");
        } catch (AddressException e) {
            throw new InputRejected("to", to, "not one e-mail address such as analyst@example.org");
        }
    }

    private static Map<String, String> checked(Map<String, String> headers) {
        headers.forEach((name, value) -> {
            require(name != null && TOKEN.matcher(name).matches(), "header", name,
                    "not a header name (letters, digits and !#$%&'*+-.^_`|~)");
            require(!OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT)), "header", name,
                    "set by the outbox itself");
            require(value != null && value.length() <= 900 && oneLine(value), "header " + name, value,
                    "not one line of at most 900 characters (no CR or LF)");
        });
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** No line break nor other control character (a tab is fine): nothing that could end a header. */
    private static boolean oneLine(String s) {
        return s.chars().noneMatch(c -> c < 0x20 && c != '\t' || c == 0x7f);
    }

    private static boolean known(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        return !locale.getLanguage().isEmpty() && locale.toLanguageTag().equalsIgnoreCase(tag);
    }

    private static void require(boolean ok, String field, Object value, String problem) {
        if (!ok) {
            throw new InputRejected(field, value, problem);
        }
    }
}
