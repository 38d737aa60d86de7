package id.blitar.kiosk.server.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the server answers a request for the kiosk page's scripts by what the browser accepts. Chromium offers
 * brotli (and zstd) only over HTTPS and to localhost; over plain HTTP to another host it offers gzip and deflate,
 * and a server with only pre-compressed .br files and no compression of its own then sends scripts uncompressed.
 */
final class Compression {

    private static final Pattern SCRIPT = Pattern.compile("src=\"\\.?/?([^\"]+\\.js)\"");

    private Compression() {}

    static String check(String base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String page = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        List<String> paths = new ArrayList<>();
        Matcher m = SCRIPT.matcher(page);
        while (m.find()) {
            paths.add("/" + m.group(1));
        }
        StringBuilder out = new StringBuilder(
                String.format("%nWhat the server sends for the kiosk page's own <script> files, by Accept-Encoding%n"));
        for (String path : paths) {
            for (String accept : List.of("gzip, deflate", "gzip, deflate, br, zstd")) {
                HttpResponse<byte[]> r = http.send(
                        HttpRequest.newBuilder(URI.create(base + path))
                                .header("Accept-Encoding", accept)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                out.append(String.format(
                        "  %-24s -> %d, Content-Encoding %-9s %8.1f KB  %s%n",
                        accept,
                        r.statusCode(),
                        r.headers().firstValue("Content-Encoding").orElse("none"),
                        r.body().length / 1024.0,
                        path));
            }
        }
        return out.toString();
    }
}
