package id.blitar.kiosk.server.member;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.server.ServerIT;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code POST /api/members/import} over HTTP: who may call it, counts, refusals with line numbers, limits. */
class MemberImportApiIT extends ServerIT {

    private static final String MANAGER = basic("kepala", "kepala123");
    private static final String LIBRARIAN = basic("rujukan", "rujukan123");

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldLetOnlyManagersImport() throws Exception {
        byte[] file = members(prefix(), 2);

        HttpResponse<String> anonymous = post(multipart("anggota.csv", file), null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
        assertThat(post(multipart("anggota.csv", file), LIBRARIAN).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldImportAnUploadOnceAndFindItUnchangedTheSecondTime() throws Exception {
        String p = prefix();
        byte[] file = members(p, 3);

        HttpResponse<String> first = post(multipart("anggota.csv", file), MANAGER);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("{\"inserted\":3,\"updated\":0,\"unchanged\":0,\"rows\":3}");
        HttpResponse<String> second = post(multipart("anggota.csv", file), MANAGER);
        assertThat(second.body()).isEqualTo("{\"inserted\":0,\"updated\":0,\"unchanged\":3,\"rows\":3}");
        assertThat(jdbc.queryForObject("select count(*) from member where card_number like ?", Long.class, p + "-%"))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject("select imported_by from member_import order by id desc limit 1", String.class))
                .isEqualTo("kepala");
    }

    @Test
    void shouldImportARawCsvBody() throws Exception {
        String p = prefix();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/api/members/import")))
                .header("Authorization", MANAGER)
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(members(p, 2)))
                .build();

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"inserted\":2");
    }

    @Test
    void shouldRefuseAMalformedFileWithLineNumbersAndStoreNothing() throws Exception {
        HttpResponse<String> badDates = post(multipart("bad-dates.csv", resource("bad-dates.csv")), MANAGER);

        assertThat(badDates.statusCode()).isEqualTo(422);
        assertThat(badDates.body())
                .contains(
                        "{\"line\":2,\"column\":\"expire_date\",\"reason\":\"Tanggal ini tidak ada di kalender: 31-02-2025")
                .contains(
                        "{\"line\":6,\"column\":\"birth_date\",\"reason\":\"Tanggal lahir di masa depan: 2090-01-01.\"}")
                .contains("\"moreErrors\":0");
        // Line 7 of the file was fine, but nothing of a refused file is stored.
        assertThat(jdbc.queryForObject("select count(*) from member where card_number = 'IMP-0306'", Long.class))
                .isZero();

        HttpResponse<String> duplicates = post(multipart("duplicates.csv", resource("duplicates.csv")), MANAGER);
        assertThat(duplicates.statusCode()).isEqualTo(422);
        assertThat(duplicates.body()).contains("Nomor anggota IMP-0401 ganda: di baris 2 dan baris 4.");

        // 0x81 is neither UTF-8 alone nor a Windows-1252 character (Windows-1252 files are read).
        byte[] undecodable = "member_id,member_name,expire_date\nIMP-0501,Rina,2026-01-01\nIMP-0502,Jos?,2026-01-01\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        undecodable[undecodable.length - 13] = (byte) 0x81;
        HttpResponse<String> unreadable = post(multipart("rusak.csv", undecodable), MANAGER);
        assertThat(unreadable.statusCode()).isEqualTo(422);
        assertThat(unreadable.body())
                .contains("\"line\":3")
                .contains("bukan UTF-8 dan bukan Windows-1252")
                .contains("0x81");
        assertThat(jdbc.queryForObject("select count(*) from member where card_number like 'IMP-0%'", Long.class))
                .isZero();
    }

    @Test
    void shouldRefuseAnUploadWithoutAFileAndFilesOverTheLimit() throws Exception {
        String boundary = "grens" + UUID.randomUUID();
        byte[] noFile = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--"
                        + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> missing = post(new Multipart(boundary, noFile), MANAGER);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("Tidak ada berkas");

        // 21 MB of otherwise valid rows, sent as the raw body.
        ByteArrayOutputStream large = new ByteArrayOutputStream(22 * 1024 * 1024);
        large.writeBytes("member_id,member_name,expire_date\n".getBytes(StandardCharsets.UTF_8));
        String p = prefix();
        for (int i = 0; large.size() < 21 * 1024 * 1024; i++) {
            large.writeBytes((p + "-" + i + ",Anggota Dengan Nama Yang Cukup Panjang " + i + ",2026-12-31\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/api/members/import")))
                .header("Authorization", MANAGER)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(large.toByteArray()))
                .build();
        HttpResponse<String> tooLarge = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("Berkas lebih dari 20 MB");
        assertThat(jdbc.queryForObject("select count(*) from member where card_number like ?", Long.class, p + "-%"))
                .isZero();
    }

    @Test
    void shouldRefuseAnOversizedMultipartUploadWithTheDocumentedJson() throws Exception {
        // Over spring.servlet.multipart.max-file-size (20 MB): refused while the upload is parsed.
        ByteArrayOutputStream large = new ByteArrayOutputStream(21 * 1024 * 1024);
        large.writeBytes("member_id,member_name,expire_date\n".getBytes(StandardCharsets.UTF_8));
        String p = prefix();
        for (int i = 0; large.size() < 20 * 1024 * 1024 + 64 * 1024; i++) {
            large.writeBytes((p + "-" + i + ",Anggota Dengan Nama Yang Cukup Panjang " + i + ",2026-12-31\n")
                    .getBytes(StandardCharsets.UTF_8));
        }

        HttpResponse<String> tooLarge = post(multipart("besar.csv", large.toByteArray()), MANAGER);

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(tooLarge.body())
                .isEqualTo("{\"errors\":[{\"line\":0,\"column\":\"\",\"reason\":\"Berkas lebih dari 20 MB. Ekspor dari"
                        + " SLiMS dalam beberapa bagian (isian \\\"Number of Records To Export\\\" dan \\\"Start From"
                        + " Record\\\"), lalu impor satu per satu.\"}]}");
        assertThat(jdbc.queryForObject("select count(*) from member where card_number like ?", Long.class, p + "-%"))
                .isZero();
    }

    @Test
    void shouldRefuseRequestsThatAnotherSiteMadeTheBrowserSend() throws Exception {
        String p = prefix();
        byte[] file = members(p, 2);

        HttpResponse<String> fromOrigin =
                post(multipart("anggota.csv", file), MANAGER, "Origin", "https://penipu.example");
        assertThat(fromOrigin.statusCode()).isEqualTo(403);
        assertThat(fromOrigin.body()).contains("Permintaan dari situs lain ditolak");
        // Same host, other port: another origin too.
        assertThat(post(multipart("anggota.csv", file), MANAGER, "Origin", "http://localhost:" + (port + 1))
                        .statusCode())
                .isEqualTo(403);
        assertThat(post(multipart("anggota.csv", file), MANAGER, "Origin", "null")
                        .statusCode())
                .isEqualTo(403);
        HttpRequest textPlain = HttpRequest.newBuilder(URI.create(url("/api/members/import")))
                .header("Authorization", MANAGER)
                .header("Content-Type", "text/plain")
                .header("Referer", "http://penipu.example/halaman.html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                .build();
        assertThat(http.send(textPlain, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from member where card_number like ?", Long.class, p + "-%"))
                .isZero();

        // This server's own pages, and callers without either header (curl, scripts), are served.
        HttpResponse<String> sameOrigin = post(multipart("anggota.csv", file), MANAGER, "Origin", url(""));
        assertThat(sameOrigin.statusCode()).as(sameOrigin.body()).isEqualTo(200);
        assertThat(sameOrigin.body()).contains("\"inserted\":2");
        HttpResponse<String> sameReferer =
                post(multipart("anggota.csv", file), MANAGER, "Referer", url("/manage/members"));
        assertThat(sameReferer.body()).contains("\"unchanged\":2");
        assertThat(post(multipart("anggota.csv", file), MANAGER).statusCode()).isEqualTo(200);
    }

    private record Multipart(String boundary, byte[] body) {}

    private static Multipart multipart(String fileName, byte[] content) {
        String boundary = "grens" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Multipart(boundary, body.toByteArray());
    }

    private HttpResponse<String> post(Multipart multipart, String authorization, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/api/members/import")))
                .header("Content-Type", "multipart/form-data; boundary=" + multipart.boundary())
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.body()));
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).doesNotContain("\tat ").doesNotContain(".java:");
        return response;
    }

    private static byte[] members(String prefix, int count) {
        StringBuilder file = new StringBuilder("member_id,member_name,member_type_name,expire_date\n");
        for (int i = 1; i <= count; i++) {
            file.append(prefix)
                    .append('-')
                    .append(i)
                    .append(",Anggota API ")
                    .append(i)
                    .append(",Umum,2027-03-31\n");
        }
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = MemberImportApiIT.class.getResourceAsStream("/member-import/" + name)) {
            assertThat(in).as("test file %s", name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static String prefix() {
        return "API" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
