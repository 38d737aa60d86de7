package id.blitar.kiosk.server.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.device.domain.DeviceMode;
import id.blitar.kiosk.device.service.DeviceService;
import id.blitar.kiosk.device.service.PairingResult;
import id.blitar.kiosk.device.service.Registration;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.server.ServerIT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code POST /api/kiosk/scans} over HTTP: who may call it, replays that store one visit, refusals that store
 * nothing. This context lets this machine in without pairing ({@code kiosk.devices.allow-localhost}); a
 * request that must come from elsewhere names another client through {@code X-Forwarded-For}, which this
 * context takes from 127.0.0.1 as from a reverse proxy ({@code server.forward-headers-strategy=native}).
 */
class KioskScanApiIT extends ServerIT {

    /** A kiosk elsewhere on the library's network, as the proxy on this machine reports it. */
    private static final String ELSEWHERE = "203.0.113.7";

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    DeviceService devices;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private String deviceName;
    private String cookie;

    @BeforeEach
    void pairAKiosk() {
        deviceName = "Gerbang " + UUID.randomUUID().toString().substring(0, 6);
        var registered =
                (Registration.Registered) devices.register(deviceName, "Pintu utara", DeviceMode.ENTRANCE, "kepala");
        var paired = (PairingResult.Paired)
                devices.pair(registered.code().code(), "198.51.100." + (int) (Math.random() * 200));
        cookie = "kiosk-device=" + paired.token();
    }

    @Test
    void shouldRecordAPairedKiosksQueueOnceAndKeepTheScanTimes() throws Exception {
        String card = newMember();
        LocalDateTime arrived = LocalDate.now(clock).minusDays(1).atTime(10, 5, 7);
        String checkIn = scan("CHECK_IN", card, arrived);
        String unknown = scan("CHECK_IN", "NO-SUCH-CARD", arrived.plusMinutes(1));
        String checkOut = scan("CHECK_OUT", card, arrived.plusMinutes(50));
        String body = batch(checkIn, unknown, checkOut);

        HttpResponse<String> first = post(body, cookie, ELSEWHERE, null);
        HttpResponse<String> second = post(body, cookie, ELSEWHERE, null);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.body())
                .isEqualTo("{\"results\":[" + result(checkIn, "RECORDED") + "," + result(unknown, "UNKNOWN_CARD") + ","
                        + result(checkOut, "RECORDED") + "]}");
        assertThat(second.body())
                .isEqualTo("{\"results\":[" + result(checkIn, "DUPLICATE") + "," + result(unknown, "DUPLICATE") + ","
                        + result(checkOut, "DUPLICATE") + "]}");
        var visits = jdbc.queryForList(
                "select v.kiosk, v.checked_in_at, v.checked_out_at, v.duration_minutes from visit v"
                        + " join member m on m.id = v.member_id where m.card_number = ?",
                card);
        assertThat(visits).hasSize(1);
        assertThat(visits.get(0).get("kiosk")).isEqualTo(deviceName);
        assertThat(localTime(visits.get(0).get("checked_in_at"))).isEqualTo(arrived);
        assertThat(localTime(visits.get(0).get("checked_out_at"))).isEqualTo(arrived.plusMinutes(50));
        assertThat(visits.get(0).get("duration_minutes")).isEqualTo(50);
    }

    @Test
    void shouldLetThisMachineInWhereAllowedAndRefuseOthersWithoutACookie() throws Exception {
        String card = newMember();
        String fromHere = scan("CHECK_IN", card, LocalDateTime.now(clock));
        String fromElsewhere = scan("CHECK_IN", card, LocalDateTime.now(clock));

        HttpResponse<String> here = post(batch(fromHere), null, null, null);
        HttpResponse<String> elsewhere = post(batch(fromElsewhere), null, ELSEWHERE, null);
        HttpResponse<String> forged = post(batch(fromElsewhere), "kiosk-device=1.forged.token", ELSEWHERE, null);

        assertThat(here.statusCode()).as(here.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select kiosk from scan_ledger where id = ?", String.class, id(fromHere)))
                .as("the configured kiosk name of this machine")
                .isEqualTo("Kios");
        assertThat(elsewhere.statusCode()).isEqualTo(401);
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(ledgerRows(fromElsewhere)).isZero();
    }

    @Test
    void shouldRefuseARevokedKioskAndStoreNothing() throws Exception {
        String card = newMember();
        String s = scan("CHECK_IN", card, LocalDateTime.now(clock));
        long deviceId = jdbc.queryForObject("select id from kiosk_device where name = ?", Long.class, deviceName);
        devices.revoke(deviceId);

        HttpResponse<String> response = post(batch(s), cookie, ELSEWHERE, null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(ledgerRows(s)).isZero();
        assertThat(visitsOf(card)).isZero();
    }

    @Test
    void shouldRefuseAMalformedBatchWholeAndStoreNothing() throws Exception {
        String card = newMember();
        String good = scan("CHECK_IN", card, LocalDateTime.now(clock));
        String badId =
                "{\"id\":\"not-a-uuid\",\"kind\":\"CHECK_IN\",\"code\":\"A\",\"scannedAt\":\"2026-11-29T03:15:30Z\"}";
        String badTime =
                "{\"id\":\"" + UUID.randomUUID() + "\",\"kind\":\"CHECK_IN\",\"code\":\"A\",\"scannedAt\":\"kemarin\"}";

        for (String body : List.of(batch(good, badId), batch(good, badTime), "{\"scans\":[" + good + ",", "[]")) {
            HttpResponse<String> response = post(body, cookie, ELSEWHERE, null);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.body()).contains("\"error\":\"malformed\"");
        }
        assertThat(ledgerRows(good)).isZero();
        assertThat(visitsOf(card)).isZero();
    }

    @Test
    void shouldRefuseAnOversizedBatchAndStoreNothing() throws Exception {
        String card = newMember();
        String first = scan("CHECK_IN", card, LocalDateTime.now(clock));
        List<String> scans = new ArrayList<>(List.of(first));
        IntStream.range(0, 100).forEach(i -> scans.add(scan("CHECK_IN", "NO-SUCH-" + i, LocalDateTime.now(clock))));
        String padded = "{\"scans\":[" + first + "]" + " ".repeat(ScanBatch.MAX_BYTES) + "}";

        HttpResponse<String> tooMany = post(batch(scans.toArray(String[]::new)), cookie, ELSEWHERE, null);
        HttpResponse<String> tooBig = post(padded, cookie, ELSEWHERE, null);

        assertThat(tooMany.statusCode()).as(tooMany.body()).isEqualTo(413);
        assertThat(tooBig.statusCode()).as(tooBig.body()).isEqualTo(413);
        assertThat(ledgerRows(first)).isZero();
        assertThat(visitsOf(card)).isZero();
    }

    @Test
    void shouldRefuseARequestOfAnotherSiteOrNotJson() throws Exception {
        String card = newMember();
        String s = scan("CHECK_IN", card, LocalDateTime.now(clock));

        HttpResponse<String> crossSite = post(batch(s), cookie, ELSEWHERE, "https://evil.example");
        HttpResponse<String> sameSite = post(batch(s), cookie, ELSEWHERE, url(""));
        HttpRequest form = HttpRequest.newBuilder(URI.create(url("/api/kiosk/scans")))
                .header("Content-Type", "text/plain")
                .header("Cookie", cookie)
                .header("X-Forwarded-For", ELSEWHERE)
                .POST(HttpRequest.BodyPublishers.ofString(batch(scan("CHECK_IN", card, LocalDateTime.now(clock)))))
                .build();
        HttpResponse<String> plain = http.send(form, HttpResponse.BodyHandlers.ofString());

        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(plain.statusCode()).isEqualTo(415);
        assertThat(sameSite.statusCode()).as(sameSite.body()).isEqualTo(200);
        assertThat(visitsOf(card))
                .as("only the same-site request stored a visit")
                .isEqualTo(1);
    }

    private HttpResponse<String> post(String body, String cookie, String client, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/api/kiosk/scans")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (client != null) {
            request.header("X-Forwarded-For", client);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String scan(String kind, String code, LocalDateTime at) {
        Instant instant = at.atZone(clock.getZone()).toInstant();
        return "{\"id\":\"" + UUID.randomUUID() + "\",\"kind\":\"" + kind + "\",\"code\":\"" + code
                + "\",\"scannedAt\":\"" + instant + "\"}";
    }

    private static String batch(String... scans) {
        return java.util.Arrays.stream(scans).collect(Collectors.joining(",", "{\"scans\":[", "]}"));
    }

    private static String id(String scan) {
        return scan.substring(7, 43);
    }

    private static String result(String scan, String outcome) {
        return "{\"id\":\"" + id(scan) + "\",\"outcome\":\"" + outcome + "\"}";
    }

    private long ledgerRows(String scan) {
        return jdbc.queryForObject("select count(*) from scan_ledger where id = ?", Long.class, id(scan));
    }

    private long visitsOf(String card) {
        return jdbc.queryForObject(
                "select count(*) from visit v join member m on m.id = v.member_id where m.card_number = ?",
                Long.class,
                card);
    }

    private static LocalDateTime localTime(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }

    private String newMember() {
        String card = "K-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        members.register(
                card,
                "Dewi Lestari",
                "Umum",
                AgeGroup.ADULT,
                null,
                null,
                LocalDate.now(clock).plusYears(1));
        return card;
    }
}
