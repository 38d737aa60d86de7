package id.blitar.kiosk.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.server.ServerIT;
import id.blitar.kiosk.server.security.RawHttp.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The probes of the security review, repeated against the running application over real sockets: the
 * expression attack over the engine REST API, password guessing from one address while the manager signs
 * in from another, a cross-site sign-in, cookies and headers of real responses, malformed requests.
 */
class HardeningIT extends ServerIT {

    private static final String ATTACKER = "127.0.0.2";
    private static final String MANAGER_PC = "127.0.0.3";

    @Autowired
    SignInThrottle throttle;

    @BeforeEach
    @AfterEach
    void forgetAttempts() {
        // The other tests of this context sign in from 127.0.0.1; none of this class's counts may reach them.
        throttle.reset();
    }

    @Test
    void shouldRefuseTheExpressionAttackOverTheEngineRestApiAndRunNothing() throws Exception {
        Path proof = Path.of(System.getProperty("java.io.tmpdir"), "kiosk-proof-" + UUID.randomUUID());
        String attack = "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch "
                + proof + "')}";
        String bpmn = shipped("/bpmn/exit-poll.bpmn")
                .replace(
                        "camunda:delegateExpression=\"${recordMoodDelegate}\"",
                        "camunda:expression=\"" + attack.replace("'", "&apos;") + "\"");
        String before = count("exit-poll");

        Response deploy = deploy("exit-poll.bpmn", bpmn);
        Response cmmn = deploy("case.cmmn", "<definitions xmlns=\"http://www.omg.org/spec/CMMN/20151109/MODEL\"/>");

        assertThat(deploy.status()).as(deploy.body()).isEqualTo(400);
        assertThat(deploy.body()).contains("EXPRESSION_REFUSED").doesNotContain("\tat ");
        assertThat(cmmn.status()).as(cmmn.body()).isEqualTo(400);
        assertThat(count("exit-poll")).as("nothing deployed").isEqualTo(before);
        // Give a job executor or a start event every chance to run what was not deployed.
        Thread.sleep(2000);
        assertThat(proof).as("no file appeared: nothing ran").doesNotExist();
    }

    @Test
    void shouldSlowGuessingFromOneAddressButLetTheManagerInFromAnother() throws Exception {
        int refused = 0;
        for (int i = 0; i < 50; i++) {
            Response guess = RawHttp.signIn(ATTACKER, port, "kepala", "tebakan" + i);
            assertThat(guess.status()).isEqualTo(302);
            if (guess.header("Location").orElse("").contains("throttled=")) {
                refused++;
            } else {
                assertThat(guess.header("Location"))
                        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
            }
        }
        assertThat(refused).as("guesses refused without checking the password").isEqualTo(40);

        Response manager = RawHttp.signIn(MANAGER_PC, port, "kepala", "kepala123");
        Response attacker = RawHttp.signIn(ATTACKER, port, "kepala", "kepala123");
        Response basic = RawHttp.send(
                ATTACKER,
                port,
                "GET /engine-rest/engine HTTP/1.1\r\nAuthorization: Basic "
                        + Base64.getEncoder().encodeToString("kepala:kepala123".getBytes(StandardCharsets.UTF_8)),
                new byte[0],
                false);

        assertThat(manager.header("Location"))
                .as("the right password from another address, at once")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/staff"));
        assertThat(attacker.header("Location"))
                .as("the same address waits, even with the right password")
                .hasValueSatisfying(l -> assertThat(l).matches(".*/login\\?throttled=\\d+"));
        assertThat(basic.status()).isEqualTo(429);
        assertThat(basic.header("Retry-After"))
                .hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
    }

    @Test
    void shouldKeepTheManagersOwnBrowserInWhileTheAccountIsUnderAttackFromEverywhere() throws Exception {
        Response earlier = RawHttp.signIn(MANAGER_PC, port, "kepala", "kepala123");
        String device = earlier.all("Set-Cookie").stream()
                .filter(c -> c.startsWith(SignInThrottle.DEVICE_COOKIE + "="))
                .findFirst()
                .orElseThrow();
        assertThat(device).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
        // 30 failures for the account from three more addresses: the account's own limit.
        for (int a = 10; a < 13; a++) {
            for (int i = 0; i < 10; i++) {
                RawHttp.signIn("127.0.0." + a, port, "kepala", "salah" + i);
            }
        }

        Response stranger = RawHttp.signIn("127.0.0.20", port, "kepala", "kepala123");
        Response ownBrowser = RawHttp.signIn(
                MANAGER_PC, port, "kepala", "kepala123", "Cookie: " + device.substring(0, device.indexOf(';')));

        assertThat(stranger.header("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("throttled="));
        assertThat(ownBrowser.header("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/staff"));
    }

    @Test
    void shouldRefuseASignInPostedByAnotherSite() throws Exception {
        Response crossSite = RawHttp.signIn(MANAGER_PC, port, "kepala", "kepala123", "Origin: https://evil.example");
        Response fetchMetadata = RawHttp.signIn(MANAGER_PC, port, "kepala", "kepala123", "Sec-Fetch-Site: cross-site");
        Response nullOrigin = RawHttp.signIn(MANAGER_PC, port, "kepala", "kepala123", "Origin: null");
        Response sameSite = RawHttp.signIn(MANAGER_PC, port, "kepala", "kepala123", "Origin: http://localhost:" + port);

        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(crossSite.all("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(fetchMetadata.status()).isEqualTo(403);
        assertThat(nullOrigin.status()).isEqualTo(403);
        assertThat(sameSite.header("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/staff"));
    }

    @Test
    void shouldHardenTheSessionCookieAndTheHeadersOfRealResponses() throws Exception {
        Response kiosk = RawHttp.send(MANAGER_PC, port, "GET /login HTTP/1.1", new byte[0], false);
        Response https =
                RawHttp.send(MANAGER_PC, port, "GET /login HTTP/1.1\r\nX-Forwarded-Proto: https", new byte[0], false);
        Response signedIn = RawHttp.signIn(MANAGER_PC, port, "kepala", "kepala123");

        assertThat(kiosk.status()).isEqualTo(200);
        assertThat(cookie(kiosk)).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
        assertThat(cookie(https)).contains("HttpOnly").contains("SameSite=Lax").contains("Secure");
        assertThat(cookie(signedIn)).as("a new session id at sign-in").contains("SameSite=Lax");
        assertThat(kiosk.header("Content-Security-Policy"))
                .hasValue(WebHardening.CONTENT_SECURITY_POLICY)
                .hasValueSatisfying(csp ->
                        assertThat(csp).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'"));
        assertThat(kiosk.header("Referrer-Policy")).hasValue("same-origin");
        assertThat(kiosk.header("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(kiosk.header("X-Frame-Options")).hasValue("DENY");
        Response cockpit =
                RawHttp.send(MANAGER_PC, port, "GET /camunda/app/cockpit/default/ HTTP/1.1", new byte[0], false);
        assertThat(cockpit.header("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void shouldAnswerMalformedRequestsWith400AndNoStackTrace() throws Exception {
        String auth = "Authorization: Basic "
                + Base64.getEncoder().encodeToString("kepala:kepala123".getBytes(StandardCharsets.UTF_8));
        byte[] cut = ("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"anggota.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\nmember_id,member_name,expire_date\r\nKPB-9,Budi")
                .getBytes(StandardCharsets.UTF_8);
        Response truncated = RawHttp.send(
                MANAGER_PC,
                port,
                "POST /api/members/import HTTP/1.1\r\n" + auth
                        + "\r\nContent-Type: multipart/form-data; boundary=XYZ\r\nContent-Length: " + cut.length,
                cut,
                true);
        Response dotDot = RawHttp.send(
                MANAGER_PC, port, "GET /camunda/%2e%2e/engine-rest/engine HTTP/1.1\r\n" + auth, new byte[0], false);

        assertThat(truncated.status()).as(truncated.body()).isEqualTo(400);
        assertThat(truncated.body()).contains("multipart").doesNotContain("\tat ");
        assertThat(dotDot.status()).as(dotDot.body()).isEqualTo(400);
        assertThat(dotDot.body()).doesNotContain("\tat ").doesNotContain(".java:");
    }

    private static String cookie(Response response) {
        return response.all("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    @Test
    void shouldRefuseADeploymentAnotherSitesPageMadeTheBrowserSend() throws Exception {
        // A manager's browser that once used HTTP Basic here sends it again on a foreign page's multipart POST.
        String before = count("exit-poll");

        Response foreign = deploy(
                "exit-poll.bpmn",
                shipped("/bpmn/exit-poll.bpmn"),
                "\r\nOrigin: https://evil.example\r\nSec-Fetch-Site: cross-site");

        assertThat(foreign.status()).as(foreign.body()).isEqualTo(403);
        assertThat(count("exit-poll")).as("nothing deployed").isEqualTo(before);
    }

    private Response deploy(String name, String content) throws IOException {
        return deploy(name, content, "");
    }

    private Response deploy(String name, String content, String extraHeaders) throws IOException {
        String boundary = "B" + UUID.randomUUID().toString().replace("-", "");
        byte[] body = ("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nattack\r\n"
                        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary
                        + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        return RawHttp.send(
                MANAGER_PC,
                port,
                "POST /engine-rest/deployment/create HTTP/1.1\r\nAuthorization: Basic "
                        + Base64.getEncoder().encodeToString("kepala:kepala123".getBytes(StandardCharsets.UTF_8))
                        + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + extraHeaders
                        + "\r\nContent-Length: " + body.length,
                body,
                false);
    }

    private String count(String key) throws IOException {
        return RawHttp.send(
                        MANAGER_PC,
                        port,
                        "GET /engine-rest/process-definition/count?key=" + key + " HTTP/1.1\r\nAuthorization: Basic "
                                + Base64.getEncoder()
                                        .encodeToString("kepala:kepala123".getBytes(StandardCharsets.UTF_8)),
                        new byte[0],
                        false)
                .body();
    }

    private static String shipped(String path) throws IOException {
        try (InputStream in = HardeningIT.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
