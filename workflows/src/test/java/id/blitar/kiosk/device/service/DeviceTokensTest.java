package id.blitar.kiosk.device.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DeviceTokensTest {

    private final DeviceTokens tokens =
            new DeviceTokens("a test key that is long enough for HMAC".getBytes(StandardCharsets.UTF_8));

    @Test
    void shouldReadBackWhatItSigned() {
        String secret = DeviceTokens.newSecret();
        String token = tokens.sign(42, secret);

        assertThat(tokens.verify(token)).contains(new DeviceTokens.Parsed(42, secret));
        assertThat(token).matches("[A-Za-z0-9._-]+").as("a valid cookie value");
    }

    @Test
    void shouldRefuseAnAlteredDeviceIdSecretOrSignature() {
        String secret = DeviceTokens.newSecret();
        String token = tokens.sign(42, secret);
        String[] parts = token.split("\\.");

        assertThat(tokens.verify(parts[0] + ".43." + parts[2] + "." + parts[3])).isEmpty();
        assertThat(tokens.verify(parts[0] + "." + parts[1] + "." + flip(parts[2]) + "." + parts[3]))
                .isEmpty();
        assertThat(tokens.verify(parts[0] + "." + parts[1] + "." + parts[2] + "." + flip(parts[3])))
                .isEmpty();
        assertThat(tokens.verify(token + "x")).isEmpty();
        assertThat(tokens.verify("")).isEmpty();
        assertThat(tokens.verify(null)).isEmpty();
        assertThat(tokens.verify("k1.42")).isEmpty();
    }

    @Test
    void shouldRefuseATokenSignedWithAnotherKey() {
        DeviceTokens other =
                new DeviceTokens("another key that is long enough for HMAC".getBytes(StandardCharsets.UTF_8));
        String token = other.sign(42, DeviceTokens.newSecret());

        assertThat(tokens.verify(token)).isEmpty();
    }

    @Test
    void shouldHashCodesWithTheKey() {
        DeviceTokens other =
                new DeviceTokens("another key that is long enough for HMAC".getBytes(StandardCharsets.UTF_8));

        assertThat(tokens.codeHash("ABCD2345")).hasSize(64).isEqualTo(tokens.codeHash("ABCD2345"));
        assertThat(tokens.codeHash("ABCD2345")).isNotEqualTo(other.codeHash("ABCD2345"));
        assertThat(tokens.codeHash("ABCD2345")).isNotEqualTo(DeviceTokens.sha256("ABCD2345"));
    }

    @Test
    void shouldCompareHashesExactly() {
        String hash = DeviceTokens.sha256("secret");
        assertThat(DeviceTokens.sameHash(hash, DeviceTokens.sha256("secret"))).isTrue();
        assertThat(DeviceTokens.sameHash(hash, DeviceTokens.sha256("secreT"))).isFalse();
        assertThat(DeviceTokens.sameHash(hash, null)).isFalse();
        assertThat(DeviceTokens.sameHash(null, null)).isFalse();
    }

    @Test
    void shouldRefuseAShortKey() {
        assertThatThrownBy(() -> new DeviceTokens(new byte[8])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldNormaliseTypedCodes() {
        assertThat(DeviceService.normaliseCode(" abcd-2345 ")).contains("ABCD2345");
        assertThat(DeviceService.normaliseCode("ABCD 2345")).contains("ABCD2345");
        assertThat(DeviceService.normaliseCode("ABCD234")).isEmpty();
        assertThat(DeviceService.normaliseCode("ABCD2340"))
                .as("0 is never in a code")
                .isEmpty();
        assertThat(DeviceService.normaliseCode(null)).isEmpty();
    }

    private static String flip(String part) {
        char first = part.charAt(0);
        return (first == 'A' ? 'B' : 'A') + part.substring(1);
    }
}
