package id.blitar.kiosk.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** What an anonymous visitor, a librarian and a manager may reach over HTTP. */
class SecurityIT extends ServerIT {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void shouldServeTheKioskWithoutSignIn() throws Exception {
        assertThat(get("/", null).statusCode()).isEqualTo(200);
        assertThat(get("/styles/kiosk.css", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health", null).body()).contains("UP");
    }

    @Test
    void shouldSendAnonymousVisitorsAwayFromCamundaWebapps() throws Exception {
        HttpResponse<String> cockpit = get("/camunda/app/cockpit/default/", null);
        assertThat(cockpit.statusCode()).isEqualTo(302);
        assertThat(cockpit.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(get("/camunda/api/engine/engine/default/process-definition", null)
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void shouldOpenTheEngineRestApiToManagersOnly() throws Exception {
        assertThat(get("/engine-rest/process-definition", null).statusCode()).isEqualTo(401);
        assertThat(get("/engine-rest/process-definition", basic("anak", "salah"))
                        .statusCode())
                .isEqualTo(401);
        assertThat(get("/engine-rest/process-definition", basic("anggota", "anggota123"))
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> manager = get("/engine-rest/process-definition?key=visit", basic("kepala", "kepala123"));
        assertThat(manager.statusCode()).as(manager.body()).isEqualTo(200);
        assertThat(manager.body()).contains("\"key\":\"visit\"");
    }

    @Test
    void shouldNeverShowAStackTrace() throws Exception {
        HttpResponse<String> missing = get("/engine-rest/no-such-resource", basic("kepala", "kepala123"));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).doesNotContain("\tat ").doesNotContain(".java:");
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
