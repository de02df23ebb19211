package org.sipar.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A plain HTTP/1.1 request over a socket, for headers Java's HttpClient refuses to set (such as Host), as
 * an attacker's client would send them.
 */
final class RawHttp {

    private RawHttp() {
    }

    /** Sends {@code method path} with the extra header lines given, and returns the whole raw response. */
    static String send(int port, String method, String path, String... headers) {
        return send(port, method, path, "", headers);
    }

    /** Sends a request with a form body ({@code application/x-www-form-urlencoded}). */
    static String sendForm(int port, String path, String form, String... headers) {
        String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = "Content-Type: application/x-www-form-urlencoded";
        all[headers.length + 1] = "Content-Length: " + form.getBytes(StandardCharsets.UTF_8).length;
        return send(port, "POST", path, form, all);
    }

    private static String send(int port, String method, String path, String body, String... headers) {
        StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n").append(body);
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
