package org.sipar.stream.internal.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A webhook receiver on the loopback address (plain HTTP, which demo mode allows): it keeps every request it got,
 * answers with the status it is told to, and can hold its answers until released, to stand for a slow endpoint.
 */
final class Receiver implements AutoCloseable {

    /** One request as received. */
    record Request(String path, String id, String timestamp, String signature, String contentType, String body) {
    }

    private final HttpServer server;
    private final List<Request> requests = new ArrayList<>();
    private volatile int status = 204;
    private volatile CountDownLatch hold = new CountDownLatch(0);

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void answer(int status) {
        this.status = status;
    }

    /** Holds every answer until {@link #release()}. */
    void hold() {
        hold = new CountDownLatch(1);
    }

    void release() {
        hold.countDown();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        var h = exchange.getRequestHeaders();
        synchronized (requests) {
            requests.add(new Request(exchange.getRequestURI().getPath(), h.getFirst("webhook-id"),
                    h.getFirst("webhook-timestamp"), h.getFirst("webhook-signature"), h.getFirst("Content-Type"), body));
            requests.notifyAll();
        }
        try {
            hold.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] answer = "{\"error\":\"told to fail\"}".getBytes(StandardCharsets.UTF_8);
        int code = status;
        exchange.sendResponseHeaders(code, code == 204 ? -1 : answer.length);
        if (code != 204) {
            exchange.getResponseBody().write(answer);
        }
        exchange.close();
    }

    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** The requests once {@code until} holds for them, waiting up to {@code patience} (a deadline, not a measure). */
    List<Request> await(Predicate<List<Request>> until, Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        synchronized (requests) {
            while (!until.test(List.copyOf(requests)) && Instant.now().isBefore(deadline)) {
                requests.wait(200);
            }
            return List.copyOf(requests);
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
