package id.blitar.kiosk.server.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.blitar.kiosk.visit.process.KioskScan;
import id.blitar.kiosk.visit.process.ScanOutcome;
import id.blitar.kiosk.visit.process.VisitProcess;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.CannotCreateTransactionException;

/** The replay endpoint's answers when the database is away, without a server or a database. */
class KioskScanControllerTest {

    private final VisitProcess visitProcess = mock(VisitProcess.class);
    private final KioskCaller callers = mock(KioskCaller.class);
    private final KioskScanController controller = new KioskScanController(visitProcess, callers);

    @Test
    void shouldAnswer503WithRetryAfterWhenThePoolCannotConnect() throws Exception {
        when(callers.of(any())).thenReturn(new KioskCaller.Kiosk("Pintu masuk"));
        when(visitProcess.replay(any(KioskScan.class), anyString()))
                .thenReturn(ScanOutcome.RECORDED)
                .thenThrow(new CannotCreateTransactionException(
                        "Could not open JPA EntityManager",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available")));

        var response = controller.replay(request(2));

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst("Retry-After"))
                .isEqualTo(String.valueOf(KioskScanController.RETRY_AFTER_SECONDS));
        assertThat(response.getBody()).doesNotContainKey("results");
        verify(visitProcess, times(2)).replay(any(KioskScan.class), anyString());
    }

    @Test
    void shouldAnswer503WhenTheDeviceCheckCannotReachTheDatabase() throws Exception {
        when(callers.of(any()))
                .thenThrow(new ProcessEngineException(
                        "engine", new java.sql.SQLNonTransientConnectionException("Connection refused")));

        assertThat(controller.replay(request(1)).getStatusCode().value()).isEqualTo(503);
    }

    @Test
    void shouldLetAFaultOfTheApplicationThrough() {
        when(callers.of(any())).thenReturn(new KioskCaller.Kiosk("Pintu masuk"));
        when(visitProcess.replay(any(KioskScan.class), anyString())).thenThrow(new IllegalStateException("bug"));

        assertThatThrownBy(() -> controller.replay(request(1))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldAnswerEveryScanInTheRequestsOrder() throws Exception {
        when(callers.of(any())).thenReturn(new KioskCaller.Kiosk("Pintu masuk"));
        when(visitProcess.replay(any(KioskScan.class), anyString()))
                .thenReturn(ScanOutcome.RECORDED, ScanOutcome.DUPLICATE);

        var response = controller.replay(request(2));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> results =
                (List<Map<String, Object>>) response.getBody().get("results");
        assertThat(results).extracting(r -> r.get("outcome")).containsExactly("RECORDED", "DUPLICATE");
        assertThat(results).extracting(r -> r.get("id")).containsExactly(id(0), id(1));
    }

    private static MockHttpServletRequest request(int scans) {
        StringBuilder body = new StringBuilder("{\"scans\":[");
        for (int i = 0; i < scans; i++) {
            body.append(i == 0 ? "" : ",")
                    .append("{\"id\":\"")
                    .append(id(i))
                    .append("\",\"kind\":\"CHECK_IN\",\"code\":\"KPB-0001\",\"scannedAt\":\"2026-11-29T03:15:30Z\"}");
        }
        body.append("]}");
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/kiosk/scans");
        request.setContentType("application/json");
        request.setContent(body.toString().getBytes(StandardCharsets.UTF_8));
        return request;
    }

    private static String id(int i) {
        return "00000000-0000-4000-8000-00000000000" + i;
    }
}
