package id.blitar.kiosk.device.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks device tokens: {@code k1.<device id>.<pairing secret>.<HMAC-SHA256>}. The signature
 * makes a forged or altered cookie fail before the database is asked; the pairing secret (stored only
 * as a hash in the device's row) makes revoking or re-pairing end older cookies.
 */
final class DeviceTokens {

    private static final String VERSION = "k1";
    private static final Pattern TOKEN =
            Pattern.compile("k1\\.([0-9]{1,18})\\.([A-Za-z0-9_-]{43})\\.([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    DeviceTokens(byte[] key) {
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("A device token key needs at least 16 bytes");
        }
        this.key = key.clone();
    }

    /** What a parsed, correctly signed token carries. */
    record Parsed(long deviceId, String secret) {}

    String sign(long deviceId, String secret) {
        String payload = VERSION + "." + deviceId + "." + secret;
        return payload + "." + base64(mac(payload));
    }

    /** The token's content when its signature is right; empty for anything forged, altered or malformed. */
    Optional<Parsed> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        var matcher = TOKEN.matcher(token);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String payload = VERSION + "." + matcher.group(1) + "." + matcher.group(2);
        byte[] given = Base64.getUrlDecoder().decode(matcher.group(3));
        // Constant time, so the signature cannot be guessed byte by byte from response times.
        if (!MessageDigest.isEqual(mac(payload), given)) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(Long.parseLong(matcher.group(1)), matcher.group(2)));
    }

    /** A keyed hash of a pairing code: a copy of the database alone does not reveal open codes. */
    String codeHash(String code) {
        return HexFormat.of().formatHex(mac("pair:" + code));
    }

    /** 256 random bits, URL-safe: one pairing's secret. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return base64(bytes);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares two hashes in constant time. */
    static boolean sameHash(String a, String b) {
        return a != null
                && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
