import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Publishing time: RUNS times, the national CERT's analyst writes a complete public security advisory (English and
 * Urdu) in the workroom and submits it, the reviewer approves it, then the reviewer's publish (POST
 * /advisories/workroom/{id}/publish: render, sign, hash, store, announce, and the redirect's answer) is timed.
 * Prints each run and the median, in milliseconds (the page read for the lock version is not timed).
 * Usage: java bench/AdvisoryPublish.java BASE_URL RUNS
 */
public class AdvisoryPublish {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern LOCK = Pattern.compile("name=\"lockVersion\" value=\"(\\d+)\"");
    static final Pattern ID = Pattern.compile("/advisories/workroom/([0-9a-f-]{36})");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int runs = Integer.parseInt(args[1]);
        Session author = new Session(base, "analyst@cert.demo");
        Session reviewer = new Session(base, "admin@cert.demo");
        List<Double> times = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            author.get("/advisories/workroom/new");
            HttpResponse<String> created = author.post("/advisories/workroom", fields("Benchmark advisory " + run + " " + System.nanoTime()));
            Matcher m = ID.matcher(created.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(created.body())));
            String id = m.find() ? m.group(1) : null;
            step(author, id, "submit");
            step(reviewer, id, "approve");
            String lock = lockOf(reviewer, id);
            long start = System.nanoTime();
            int status = posted(reviewer, "/advisories/workroom/" + id + "/publish", Map.of("lockVersion", lock, "text", ""));
            double ms = (System.nanoTime() - start) / 1e6;
            times.add(ms);
            System.out.printf("publish run %d: %.1f ms (HTTP %d)%n", run, ms, status);
        }
        List<Double> sorted = times.stream().sorted().toList();
        System.out.printf("publish median of %d: %.1f ms%n", runs, sorted.get(sorted.size() / 2));
    }

    /** Takes a workflow step as {@code who}. */
    static int step(Session who, String id, String step) throws Exception {
        return posted(who, "/advisories/workroom/" + id + "/" + step, Map.of("lockVersion", lockOf(who, id), "text", ""));
    }

    /** The lock version on the advisory's page, which every step must send back. */
    static String lockOf(Session who, String id) throws Exception {
        Matcher lock = LOCK.matcher(who.get("/advisories/workroom/" + id).body());
        if (!lock.find()) {
            throw new IllegalStateException("no lock version on the page of " + id);
        }
        return lock.group(1);
    }

    static int posted(Session who, String path, Map<String, String> form) throws Exception {
        int status = who.post(path, form).statusCode();
        if (status != 302) {
            throw new IllegalStateException(path + " answered " + status);
        }
        return status;
    }

    static Map<String, String> fields(String title) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("category", "csaf_security_advisory");
        f.put("audience", "PUBLIC");
        f.put("tlp", "CLEAR");
        f.put("title.en", title);
        f.put("title.ur", "اردو " + title);
        f.put("summary.en", "Summary of " + title);
        f.put("summary.ur", "خلاصہ " + title);
        f.put("details.en", "Details of *" + title + "*");
        f.put("products[0].vendor", "Example Vendor");
        f.put("products[0].name", "Gateway");
        f.put("products[0].version", "4.2");
        f.put("products[1].vendor", "Example Vendor");
        f.put("products[1].name", "Gateway");
        f.put("products[1].version", "4.3");
        f.put("vulnerabilities[0].cve", "CVE-2026-10001");
        f.put("vulnerabilities[0].cwe", "CWE-79");
        f.put("vulnerabilities[0].cvss31", "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N");
        f.put("vulnerabilities[0].notes.en", "Cross-site scripting in the portal.");
        f.put("vulnerabilities[0].affected", "1");
        f.put("vulnerabilities[0].fixed", "2");
        f.put("vulnerabilities[0].remediation.en", "Upgrade to 4.3.");
        return f;
    }

    /** A signed-in browser session: a cookie jar and the CSRF token of the last page read. */
    static final class Session {
        final String base;
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String csrf;

        Session(String base, String email) throws Exception {
            this.base = base;
            get("/login");
            if (post("/login", Map.of("username", email, "password", "sipar-demo")).statusCode() != 302) {
                throw new IllegalStateException(email + " could not sign in");
            }
        }

        HttpResponse<String> get(String path) throws Exception {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(r.body());
            if (m.find()) {
                csrf = m.group(1).replace("&#45;", "-");
            }
            return r;
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            Map<String, String> fields = new LinkedHashMap<>(form);
            fields.put("_csrf", csrf);
            String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
