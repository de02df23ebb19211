package org.sipar.stream.internal.federation;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A TAXII server on loopback that answers as a test tells it, and remembers every request (method, path and
 * query, body), so that a test can count what a sync cost.
 */
final class FakeTaxii implements AutoCloseable {

    static final String TAXII = "application/taxii+json;version=2.1";

    /** One request as received. */
    record Request(String method, String uri, String authorization, String body) {
    }

    /** An answer to give: status, content type, headers as name/value pairs, body. */
    record Answer(int status, String type, String body, String... headers) {

        static Answer taxii(String body, String... headers) {
            return new Answer(200, TAXII, body, headers);
        }
    }

    /** What to answer a request. */
    @FunctionalInterface
    interface Handler {
        Answer answer(Request request) throws Exception;
    }

    private final HttpServer server;
    final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Handler handler = r -> Answer.taxii("{\"more\":false}");

    FakeTaxii() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    /** The API root, ending in /. */
    String apiRoot() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    void answer(Handler h) {
        handler = h;
    }

    /** The requests whose method is {@code method}. */
    List<Request> of(String method) {
        return requests.stream().filter(r -> r.method().equals(method)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                exchange.getRequestHeaders().getFirst("Authorization"), body);
        requests.add(request);
        Answer answer;
        try {
            answer = handler.answer(request);
        } catch (Exception e) {
            answer = new Answer(500, "text/plain", String.valueOf(e));
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", answer.type());
        for (int i = 0; i + 1 < answer.headers().length; i += 2) {
            exchange.getResponseHeaders().set(answer.headers()[i], answer.headers()[i + 1]);
        }
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
