package id.blitar.kiosk.server.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * What a kiosk says to the server over HTTP: check-in scans through the replay endpoint {@code POST
 * /api/kiosk/scans} (as a kiosk on the server machine, or a paired one), and — for setting up a run — a
 * manager's member import.
 */
final class KioskClient {

    /** One check-in scan as the kiosk made it. */
    record Scan(UUID id, String card, Instant scannedAt) {}

    /** The server answered, but not with 200: nothing of the batch is acknowledged. */
    static final class NotAcknowledged extends IOException {
        NotAcknowledged(int status, String body) {
            super("HTTP " + status + ": " + body);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final PackagedApp app;

    KioskClient(PackagedApp app) {
        this.app = app;
    }

    /**
     * Sends scans in one request and returns the server's outcome for each, in order. Throws when there
     * is no 200 answer (server gone, 503): then none of them is acknowledged.
     */
    List<String> send(List<Scan> scans) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode array = body.putArray("scans");
        for (Scan scan : scans) {
            array.addObject()
                    .put("id", scan.id().toString())
                    .put("kind", "CHECK_IN")
                    .put("code", scan.card())
                    .put("scannedAt", scan.scannedAt().toString());
        }
        HttpRequest request = HttpRequest.newBuilder(app.uri("/api/kiosk/scans"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new NotAcknowledged(response.statusCode(), response.body());
        }
        JsonNode results = JSON.readTree(response.body()).path("results");
        if (results.size() != scans.size()) {
            throw new IllegalStateException("Asked about " + scans.size() + " scans, answered " + response.body());
        }
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < scans.size(); i++) {
            JsonNode result = results.get(i);
            if (!scans.get(i).id().toString().equals(result.path("id").asText())) {
                throw new IllegalStateException("Answer out of order: " + response.body());
            }
            outcomes.add(result.path("outcome").asText());
        }
        return outcomes;
    }

    /** Registers members through the manager's import API (SLiMS columns), valid for a year. */
    void importMembers(List<String> cards, String manager, String password) throws IOException, InterruptedException {
        StringBuilder csv = new StringBuilder("member_id,member_name,expire_date\n");
        String expires = java.time.LocalDate.now().plusYears(1).toString();
        for (String card : cards) {
            csv.append(card)
                    .append(",Anggota Uji ")
                    .append(card)
                    .append(',')
                    .append(expires)
                    .append('\n');
        }
        String credentials =
                Base64.getEncoder().encodeToString((manager + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(app.uri("/api/members/import"))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString(), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "Member import refused: HTTP " + response.statusCode() + " " + response.body());
        }
    }
}
