package id.blitar.kiosk.server.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, for what {@code java.net.http} cannot do: send from another local address
 * (127.0.0.2, 127.0.0.3 … are this machine too, but the server sees them as other clients), keep a path
 * exactly as written ({@code %2e%2e}) and send a body cut short.
 */
final class RawHttp {

    record Response(int status, List<String> headers, String body) {

        Optional<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream()
                    .filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip())
                    .findFirst();
        }

        List<String> all(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream()
                    .filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip())
                    .toList();
        }
    }

    private RawHttp() {}

    /** Sends {@code head} (request line and headers, without the blank line) and {@code body} as given. */
    static Response send(String from, int port, String head, byte[] body, boolean closeEarly) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(20000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            if (closeEarly) {
                socket.shutdownOutput();
            }
            return read(socket.getInputStream());
        }
    }

    /** A form sign-in from {@code from}; {@code extraHeaders} are whole header lines. */
    static Response signIn(String from, int port, String user, String password, String... extraHeaders)
            throws IOException {
        byte[] form = ("username=" + user + "&password=" + password).getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("POST /login HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded"
                + "\r\nContent-Length: " + form.length);
        for (String header : extraHeaders) {
            head.append("\r\n").append(header);
        }
        return send(from, port, head.toString(), form, false);
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
        return new Response(status, headers, body);
    }
}
