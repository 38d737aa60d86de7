package id.blitar.kiosk.server.kiosk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.blitar.kiosk.base.ScanKind;
import id.blitar.kiosk.visit.process.KioskScan;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The body of {@code POST /api/kiosk/scans}, read whole before anything is stored: {@code {"scans":[{"id":
 * UUID, "kind": "CHECK_IN"|"CHECK_OUT", "code": text, "scannedAt": ISO-8601 time with offset}, …]}}. A batch
 * with one bad scan is refused whole ({@link Malformed}), so a kiosk never gets half of it acknowledged; a
 * batch over {@link #MAX_SCANS} scans is {@link TooLarge}, as is a body over {@link #MAX_BYTES} (the caller
 * checks that before reading it all).
 */
final class ScanBatch {

    /** The most scans one request may carry; a longer queue is sent in several requests. */
    static final int MAX_SCANS = 100;

    /** The largest body, in bytes (100 scans of ordinary cards take about 15 KB). */
    static final int MAX_BYTES = 64 * 1024;

    /** The longest code a scan may carry, in characters (long QR payloads are still refused later). */
    static final int MAX_CODE_LENGTH = 1000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Set<String> FIELDS = Set.of("id", "kind", "code", "scannedAt");

    private ScanBatch() {}

    /** What reading a body gave. */
    sealed interface Read {}

    /** Every scan of the batch, in the request's order. */
    record Scans(List<KioskScan> scans) implements Read {}

    /** The body is not a batch; {@code reason} says where and why (English, for the kiosk's log). */
    record Malformed(String reason) implements Read {}

    /** More scans than one request may carry. */
    record TooLarge(String reason) implements Read {}

    static Read read(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return new Malformed("not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return new Malformed("not JSON");
        }
        if (root == null || !root.isObject()) {
            return new Malformed("the body is not a JSON object");
        }
        JsonNode scans = root.get("scans");
        if (scans == null || !scans.isArray()) {
            return new Malformed("\"scans\" is missing or not an array");
        }
        if (scans.size() > MAX_SCANS) {
            return new TooLarge(scans.size() + " scans; at most " + MAX_SCANS + " per request");
        }
        List<KioskScan> read = new ArrayList<>(scans.size());
        for (int i = 0; i < scans.size(); i++) {
            JsonNode scan = scans.get(i);
            String where = "scans[" + i + "]";
            if (!scan.isObject()) {
                return new Malformed(where + " is not an object");
            }
            for (Iterator<String> names = ((ObjectNode) scan).fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!FIELDS.contains(name)) {
                    return new Malformed(where + " has an unknown field \"" + name + "\"");
                }
            }
            String id = text(scan, "id");
            if (id == null || !CANONICAL_UUID.matcher(id).matches()) {
                return new Malformed(where + ".id is missing or not a UUID");
            }
            String kind = text(scan, "kind");
            ScanKind scanKind;
            try {
                scanKind = kind == null ? null : ScanKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                scanKind = null;
            }
            if (scanKind == null) {
                return new Malformed(where + ".kind is missing or not CHECK_IN or CHECK_OUT");
            }
            String code = text(scan, "code");
            if (code == null) {
                return new Malformed(where + ".code is missing or not text");
            }
            if (code.length() > MAX_CODE_LENGTH) {
                return new Malformed(where + ".code is longer than " + MAX_CODE_LENGTH + " characters");
            }
            String scannedAt = text(scan, "scannedAt");
            Instant at = scannedAt == null ? null : instant(scannedAt);
            if (at == null) {
                return new Malformed(where + ".scannedAt is missing or not an ISO-8601 time with offset");
            }
            read.add(new KioskScan(UUID.fromString(id), scanKind, code, at));
        }
        return new Scans(read);
    }

    private static String text(JsonNode scan, String field) {
        JsonNode value = scan.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
