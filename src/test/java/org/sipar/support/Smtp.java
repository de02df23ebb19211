package org.sipar.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * SMTP servers for the tests (GreenMail): the shared one that {@link DemoPlatform}'s Sipar sends to
 * ({@code spring.mail.host/port}, a fixed port, so that every test class keeps one application context), started
 * once and kept for the JVM, and fresh ones on ports of their own for tests that take the server down.
 */
public final class Smtp {

    public static final String HOST = "127.0.0.1";
    public static final int PORT = 42525;
    private static GreenMail shared;

    private Smtp() {
    }

    /** The server DemoPlatform's Sipar sends to, started at the first call. */
    public static synchronized GreenMail shared() {
        if (shared == null) {
            shared = new GreenMail(new ServerSetup(PORT, HOST, ServerSetup.PROTOCOL_SMTP));
            shared.start();
        }
        return shared;
    }

    /** A port nothing listens on now. */
    public static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    /** A server on {@code port}, not yet started. */
    public static GreenMail on(int port) {
        return new GreenMail(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP));
    }

    /** A Spring mail sender for the server on {@code port}, up or down, that gives up quickly when it is down. */
    public static JavaMailSenderImpl senderFor(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(HOST);
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "10000");
        return sender;
    }

    /** The mails {@code server} got for {@code recipient}, waiting up to half a minute for the first. */
    public static List<MimeMessage> awaitFor(GreenMail server, String recipient) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            List<MimeMessage> got = receivedFor(server, recipient);
            if (!got.isEmpty()) {
                return got;
            }
            Thread.sleep(50);
        }
        return List.of();
    }

    /** The mails {@code server} got for {@code recipient} so far. */
    public static List<MimeMessage> receivedFor(GreenMail server, String recipient) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> to(m, recipient)).toList();
    }

    private static boolean to(MimeMessage message, String recipient) {
        try {
            return message.getAllRecipients() != null && Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
