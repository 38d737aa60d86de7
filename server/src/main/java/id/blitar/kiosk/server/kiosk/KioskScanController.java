package id.blitar.kiosk.server.kiosk;

import id.blitar.kiosk.base.DatabaseAway;
import id.blitar.kiosk.visit.process.KioskScan;
import id.blitar.kiosk.visit.process.ScanOutcome;
import id.blitar.kiosk.visit.process.VisitProcess;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/kiosk/scans}: a kiosk replays the scans of its offline queue (the check-ins and check-outs
 * it took while it could not reach the server). Body and limits: {@link ScanBatch}. Callers: {@link
 * KioskCaller}.
 *
 * <p>Each scan is recorded in its own transaction, in the request's order, idempotent by its id ({@link
 * VisitProcess#replay}); the answer, 200 {@code {"results":[{"id":…,"outcome":…},…]}} in the request's order,
 * is sent after all of them committed, and every outcome in it is final. Refusals store nothing of the batch:
 * 400 malformed (bad JSON, a missing or non-UUID id, an unknown kind, a code over 1000 characters, a time that
 * does not parse), 413 over 100 scans or 64 KB, 401/403 not a kiosk, 415 not JSON. 503 with {@code
 * Retry-After} when the database is away: nothing is acknowledged and the kiosk keeps the whole batch (scans
 * committed before the failure come back as {@code DUPLICATE} on the retry).
 */
@RestController
@RequestMapping("/api/kiosk")
class KioskScanController {

    /** Seconds a kiosk waits before it sends the batch again after a 503. */
    static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger log = LoggerFactory.getLogger(KioskScanController.class);

    private final VisitProcess visitProcess;
    private final KioskCaller callers;

    KioskScanController(VisitProcess visitProcess, KioskCaller callers) {
        this.visitProcess = visitProcess;
        this.callers = callers;
    }

    @PostMapping(path = "/scans", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> replay(HttpServletRequest request) throws IOException {
        try {
            return replayChecked(request);
        } catch (RuntimeException e) {
            if (!DatabaseAway.isCause(e)) {
                throw e;
            }
            log.warn("Kiosk scans not stored, the database is away: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                    .body(error("unavailable", "the database is not reachable; nothing was stored, send again"));
        }
    }

    private ResponseEntity<Map<String, Object>> replayChecked(HttpServletRequest request) throws IOException {
        KioskCaller.Caller caller = callers.of(request);
        if (caller instanceof KioskCaller.Refused refused) {
            return ResponseEntity.status(refused.status())
                    .body(error(
                            refused.status() == 403 ? "revoked" : "unauthorized",
                            refused.status() == 403
                                    ? "this kiosk device was revoked or paired again"
                                    : "only paired kiosk devices may send scans"));
        }
        String kiosk = ((KioskCaller.Kiosk) caller).name();
        if (request.getContentLengthLong() > ScanBatch.MAX_BYTES) {
            return tooLarge("the body is larger than " + ScanBatch.MAX_BYTES + " bytes");
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            // One byte more than allowed tells an oversized body without reading all of it.
            body = in.readNBytes(ScanBatch.MAX_BYTES + 1);
        }
        if (body.length > ScanBatch.MAX_BYTES) {
            return tooLarge("the body is larger than " + ScanBatch.MAX_BYTES + " bytes");
        }
        ScanBatch.Read read = ScanBatch.read(body);
        if (read instanceof ScanBatch.TooLarge tooLarge) {
            return tooLarge(tooLarge.reason());
        }
        if (read instanceof ScanBatch.Malformed malformed) {
            log.info("Refused a malformed scan batch from kiosk {}: {}", kiosk, malformed.reason());
            return ResponseEntity.badRequest().body(error("malformed", malformed.reason()));
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (KioskScan scan : ((ScanBatch.Scans) read).scans()) {
            ScanOutcome outcome = visitProcess.replay(scan, kiosk);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("id", scan.id().toString());
            result.put("outcome", outcome.name());
            results.add(result);
        }
        return ResponseEntity.ok(Map.of("results", results));
    }

    private static ResponseEntity<Map<String, Object>> tooLarge(String reason) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(error("tooLarge", reason));
    }

    private static Map<String, Object> error(String error, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("message", message);
        return body;
    }
}
