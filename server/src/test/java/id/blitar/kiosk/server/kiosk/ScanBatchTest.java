package id.blitar.kiosk.server.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.base.ScanKind;
import id.blitar.kiosk.visit.process.KioskScan;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Reading the body of {@code POST /api/kiosk/scans}: a bad scan refuses the whole batch. */
class ScanBatchTest {

    private static final String ID = "8c0e5b7a-1f2d-4c3b-9a8e-7d6c5b4a3f21";

    @Test
    void shouldReadScansInTheRequestsOrder() {
        String second = UUID.randomUUID().toString();
        ScanBatch.Read read = read("{\"scans\":[" + scan(ID, "CHECK_IN", "KPB-0001", "2026-11-29T03:15:30.123Z") + ","
                + scan(second, "CHECK_OUT", " ]C0KPB-0002\\r", "2026-11-29T10:15:31+07:00") + "]}");

        assertThat(read)
                .isEqualTo(new ScanBatch.Scans(java.util.List.of(
                        new KioskScan(
                                UUID.fromString(ID),
                                ScanKind.CHECK_IN,
                                "KPB-0001",
                                Instant.parse("2026-11-29T03:15:30.123Z")),
                        new KioskScan(
                                UUID.fromString(second),
                                ScanKind.CHECK_OUT,
                                " ]C0KPB-0002\r",
                                Instant.parse("2026-11-29T03:15:31Z")))));
        assertThat(read("{\"scans\":[]}")).isEqualTo(new ScanBatch.Scans(java.util.List.of()));
    }

    @Test
    void shouldRefuseAMalformedBatchWhole() {
        String good = scan(ID, "CHECK_IN", "KPB-0001", "2026-11-29T03:15:30Z");
        assertMalformed("not json", "not JSON");
        assertMalformed("[]", "not a JSON object");
        assertMalformed("{}", "\"scans\" is missing");
        assertMalformed("{\"scans\":{}}", "not an array");
        assertMalformed("{\"scans\":[" + good + ",42]}", "scans[1] is not an object");
        assertMalformed(
                "{\"scans\":[" + good + "," + scan("123", "CHECK_IN", "A", "2026-11-29T03:15:30Z") + "]}",
                "scans[1].id");
        assertMalformed(
                "{\"scans\":[{\"kind\":\"CHECK_IN\",\"code\":\"A\",\"scannedAt\":\"2026-11-29T03:15:30Z\"}]}",
                "scans[0].id");
        assertMalformed("{\"scans\":[" + scan(ID, "ENTER", "A", "2026-11-29T03:15:30Z") + "]}", "scans[0].kind");
        assertMalformed("{\"scans\":[" + scan(ID, "check_in", "A", "2026-11-29T03:15:30Z") + "]}", "scans[0].kind");
        assertMalformed(
                "{\"scans\":[{\"id\":\"" + ID + "\",\"kind\":\"CHECK_IN\",\"code\":5,"
                        + "\"scannedAt\":\"2026-11-29T03:15:30Z\"}]}",
                "scans[0].code");
        assertMalformed(
                "{\"scans\":[" + scan(ID, "CHECK_IN", "A".repeat(1001), "2026-11-29T03:15:30Z") + "]}",
                "longer than 1000");
        assertMalformed("{\"scans\":[" + scan(ID, "CHECK_IN", "A", "2026-11-29 03:15") + "]}", "scans[0].scannedAt");
        assertMalformed("{\"scans\":[" + scan(ID, "CHECK_IN", "A", "2026-11-29T03:15:30") + "]}", "scans[0].scannedAt");
        assertMalformed(
                "{\"scans\":[{\"id\":\"" + ID + "\",\"kind\":\"CHECK_IN\",\"code\":\"A\","
                        + "\"scannedAt\":\"2026-11-29T03:15:30Z\",\"name\":\"Siti\"}]}",
                "unknown field \"name\"");
        assertThat(read("{\"scans\":[" + scan(ID, "CHECK_IN", "A".repeat(1000), "2026-11-29T03:15:30Z") + "]}"))
                .isInstanceOf(ScanBatch.Scans.class);
    }

    @Test
    void shouldRefuseMoreThanAHundredScansAsTooLarge() {
        String hundredAndOne = IntStream.range(0, 101)
                .mapToObj(i -> scan(UUID.randomUUID().toString(), "CHECK_IN", "A", "2026-11-29T03:15:30Z"))
                .collect(Collectors.joining(",", "{\"scans\":[", "]}"));
        String hundred = IntStream.range(0, 100)
                .mapToObj(i -> scan(UUID.randomUUID().toString(), "CHECK_IN", "A", "2026-11-29T03:15:30Z"))
                .collect(Collectors.joining(",", "{\"scans\":[", "]}"));

        assertThat(read(hundredAndOne)).isInstanceOf(ScanBatch.TooLarge.class);
        assertThat(read(hundred))
                .isInstanceOfSatisfying(
                        ScanBatch.Scans.class, s -> assertThat(s.scans()).hasSize(100));
    }

    private static void assertMalformed(String body, String reason) {
        assertThat(read(body))
                .as(body.length() > 200 ? body.substring(0, 200) : body)
                .isInstanceOfSatisfying(
                        ScanBatch.Malformed.class, m -> assertThat(m.reason()).contains(reason));
    }

    private static ScanBatch.Read read(String body) {
        return ScanBatch.read(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String scan(String id, String kind, String code, String at) {
        return "{\"id\":\"" + id + "\",\"kind\":\"" + kind + "\",\"code\":\"" + code + "\",\"scannedAt\":\"" + at
                + "\"}";
    }
}
