import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One kept-alive HTTP/1.1 connection on a plain socket, shared by the load clients (TaxiiLoad, SmallAdds): a
 * request goes out as written, and the answer's body (Content-Length or chunked) is read into a reused buffer.
 * java.net.http.HttpClient cost about as much CPU per request as the server did, which a benchmark sharing the
 * server's cores cannot afford. The connection is opened on first use and again after {@link #close}.
 */
final class Connection implements AutoCloseable {

    private final String host;
    private final int port;
    private final int timeoutMillis;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private byte[] body = new byte[64 * 1024];
    private final byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;
    private int length;

    Connection(String host, int port, int timeoutMillis) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    /** Whether a connection is open (it may still have been closed by the server meanwhile). */
    boolean open() {
        return socket != null;
    }

    /** Sends {@code head} (the request line and headers, ending with an empty line) and {@code content}; answers the status. */
    int send(String head, byte[] content) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 5000);
            socket.setSoTimeout(timeoutMillis);
            in = socket.getInputStream();
            out = socket.getOutputStream();
            position = limit = 0;
        }
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        if (content != null) {
            out.write(content);
        }
        out.flush();
        String statusLine = line();
        if (!statusLine.startsWith("HTTP/1.1 ")) {
            throw new IOException("no HTTP response: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        length = readBody();
        return status;
    }

    /** The last answer's body: its first {@link #length()} bytes. */
    byte[] body() {
        return body;
    }

    int length() {
        return length;
    }

    /** Reads the headers and the body into {@code body}; answers its length. */
    private int readBody() throws IOException {
        long contentLength = -1;
        boolean chunked = false;
        boolean close = false;
        for (String h = line(); !h.isEmpty(); h = line()) {
            int colon = h.indexOf(':');
            String name = h.substring(0, colon).trim();
            String value = h.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                contentLength = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                chunked = value.equalsIgnoreCase("chunked");
            } else if (name.equalsIgnoreCase("Connection")) {
                close = value.equalsIgnoreCase("close");
            }
        }
        int read = 0;
        if (chunked) {
            for (int size = chunkSize(); size > 0; size = chunkSize()) {
                read = read(read, size);
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
        } else if (contentLength >= 0) {
            read = read(0, (int) contentLength);
        } else {
            throw new IOException("a response without Content-Length or chunked encoding");
        }
        if (close) {
            close();
        }
        return read;
    }

    private int chunkSize() throws IOException {
        return Integer.parseInt(line().split(";")[0].trim(), 16);
    }

    private int read(int offset, int n) throws IOException {
        if (body.length < offset + n) {
            body = Arrays.copyOf(body, Math.max(body.length * 2, offset + n));
        }
        int done = 0;
        while (done < n) {
            if (position == limit) {
                fill();
            }
            int chunk = Math.min(n - done, limit - position);
            System.arraycopy(buffer, position, body, offset + done, chunk);
            position += chunk;
            done += chunk;
        }
        return offset + n;
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        while (true) {
            if (position == limit) {
                fill();
            }
            byte b = buffer[position++];
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
    }

    private void fill() throws IOException {
        limit = in.read(buffer);
        position = 0;
        if (limit <= 0) {
            limit = 0;
            throw new IOException("connection closed by the server");
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
            socket = null;
        }
    }
}
