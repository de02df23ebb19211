package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A query parameter holding a NUL, another control character or text that is not UTF-8 is a 400 naming the
 * parameter, in each surface's own error format, and never reaches the database (which answered 500 for it).
 */
@DemoPlatform
class UnusableParameterTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String TAXII = "application/taxii+json;version=2.1";
    static final String ALL_INTELLIGENCE = "5b1f4a70-6c2e-4d0b-9a8e-3c1d2e7f9a01";

    @LocalServerPort
    int port;

    @Test
    void nulInAPageQueryIsAnErrorPageNamingTheParameter() {
        HttpResponse<String> page = get("/intel?q=bad%00text", "text/html", null);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("400", "The parameter q holds a character that cannot be used")
                .doesNotContainIgnoringCase("sql").doesNotContain("Exception");
    }

    @Test
    void thePageSaysItInUrduToUrduReaders() {
        HttpResponse<String> page = get("/intel?type=%01", "text/html", "sipar-lang=ur");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("پیرامیٹر type میں ایسا حرف ہے جو استعمال نہیں ہو سکتا");
    }

    @Test
    void controlCharactersInTheRestApiAreAProblemDetailNamingTheParameter() {
        for (String query : List.of("q=a%00b", "label=x%01", "tlp=%1FRED", "version=%00", "added_after=2026-01-01%00")) {
            HttpResponse<String> answer = get("/api/v1/intel/objects?" + query, "application/json", null);
            String parameter = query.substring(0, query.indexOf('='));
            assertThat(answer.statusCode()).as(query).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = JSON.readTree(answer.body());
            assertThat(problem.path("status").asInt()).isEqualTo(400);
            assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo(parameter);
            assertThat(problem.path("errors").get(0).path("reason").asString()).contains("control character U+00");
            assertThat(problem.path("detail").asString()).startsWith(parameter);
        }
    }

    @Test
    void textThatIsNotUtf8IsRefusedAsWellAsControlCharacters() {
        // A malformed sequence, a lone surrogate (CESU-8), an overlong NUL, a broken escape, and a NUL in a name.
        for (String query : List.of("q=%C3%28", "q=%ED%A0%80", "q=%C0%80", "q%00=1")) {
            HttpResponse<String> answer = get("/api/v1/intel/objects?" + query, "application/json", null);
            assertThat(answer.statusCode()).as(query).isEqualTo(400);
            assertThat(JSON.readTree(answer.body()).path("errors").get(0).path("field").asString()).startsWith("q");
        }
    }

    @Test
    void aBrokenPercentEscapeIsRefusedToo() throws IOException {
        // java.net.URI refuses to send one, so it goes over a socket.
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(("GET /api/v1/intel/objects?q=%zz&label=ok HTTP/1.1\r\nHost: localhost\r\n"
                    + "Accept: application/json\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json", "\"field\":\"q\"")
                    .doesNotContain("\"field\":\"label\"");
        }
    }

    @Test
    void taxiiAnswersATaxiiErrorNamingTheParameter() {
        String objects = "/taxii2/api/collections/" + ALL_INTELLIGENCE + "/objects/";
        for (String query : List.of("match[type]=indicator%00", "match[id]=%ED%A0%80", "added_after=%02", "next=%00")) {
            HttpResponse<String> answer = get(objects + "?" + query.replace("[", "%5B").replace("]", "%5D"), TAXII, null);
            assertThat(answer.statusCode()).as(query).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue(TAXII);
            JsonNode error = JSON.readTree(answer.body());
            assertThat(error.path("http_status").asString()).isEqualTo("400");
            assertThat(error.path("title").asString()).isNotBlank();
            assertThat(error.path("description").asString()).startsWith(query.substring(0, query.indexOf('=')));
        }
    }

    @Test
    void tabsLineBreaksAndOrdinaryUnicodeStillPass() {
        assertThat(get("/api/v1/intel/objects?q=a%09b%0D%0Ac", "application/json", null).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/intel/objects?q=%D8%B3%D9%BE%D8%B1+%F0%9F%9B%A1", "application/json", null).statusCode())
                .isEqualTo(200);
        assertThat(get("/intel?q=%D8%B3%D9%BE%D8%B1", "text/html", null).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String accept, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept);
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
