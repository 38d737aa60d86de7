package id.blitar.kiosk.device.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.base.DatabaseIT;
import id.blitar.kiosk.device.domain.DeviceMode;
import id.blitar.kiosk.device.domain.KioskDevice;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Registering, pairing, re-pairing and revoking kiosks on the MySQL-protocol database. */
class DeviceServiceIT extends DatabaseIT {

    @Autowired
    DeviceService devices;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void shouldPairABrowserOnceWithTheCodeAndKnowItByItsToken() {
        Registration.Registered registered = register("Kios Pintu Masuk");
        PairingCode code = registered.code();
        assertThat(code.code()).hasSize(8).matches("[A-HJKMNP-Z2-9]{8}");
        assertThat(code.expiresAt()).isAfter(LocalDateTime.now(clock).plusHours(23));
        assertThat(storedCodeHash(registered.device().getId()))
                .as("only a hash of the code is stored")
                .isNotNull()
                .doesNotContain(code.code());

        PairingResult result = devices.pair(code.display().toLowerCase());

        assertThat(result).isInstanceOf(PairingResult.Paired.class);
        String token = ((PairingResult.Paired) result).token();
        KioskDevice device = devices.deviceForToken(token).orElseThrow();
        assertThat(device.getId()).isEqualTo(registered.device().getId());
        assertThat(device.getMode()).isEqualTo(DeviceMode.ENTRANCE);
        assertThat(device.getPairedAt()).isNotNull();
    }

    @Test
    void shouldRefuseEveryCodeFromAnAddressThatGuessedTooOftenButNotFromAnother() {
        PairingCode code = register("Kios Lantai Dua").code();
        String guesser = "10.9.8." + (int) (Math.random() * 200);
        for (int i = 0; i < 10; i++) {
            assertThat(devices.pair("ZZZZ-ZZZ" + (char) ('A' + i), guesser))
                    .isEqualTo(new PairingResult.Refused("error.device.codeUnknown"));
        }

        assertThat(devices.pair(code.code(), guesser))
                .as("the right code from the guessing address must wait too")
                .isEqualTo(new PairingResult.Refused("error.device.tooManyAttempts"));
        assertThat(devices.pair(code.code(), guesser + "1")).isInstanceOf(PairingResult.Paired.class);
    }

    @Test
    void shouldRefuseACodeThatWasUsedAlready() {
        PairingCode code = register("Kios Referensi").code();
        assertThat(devices.pair(code.code())).isInstanceOf(PairingResult.Paired.class);

        assertThat(devices.pair(code.code())).isEqualTo(new PairingResult.Refused("error.device.codeUsed"));
    }

    @Test
    void shouldRefuseAnExpiredCodeAndPairWithANewOne() {
        Registration.Registered registered = register("Kios Ruang Acara");
        jdbc.update(
                "UPDATE kiosk_device SET pairing_code_expires_at = ? WHERE id = ?",
                LocalDateTime.now(clock).minusMinutes(1),
                registered.device().getId());

        assertThat(devices.pair(registered.code().code()))
                .isEqualTo(new PairingResult.Refused("error.device.codeExpired"));

        PairingCode fresh = devices.newPairingCode(registered.device().getId()).orElseThrow();
        assertThat(fresh.code()).isNotEqualTo(registered.code().code());
        assertThat(devices.pair(registered.code().code()))
                .as("the replaced code is gone")
                .isEqualTo(new PairingResult.Refused("error.device.codeUnknown"));
        assertThat(devices.pair(fresh.code())).isInstanceOf(PairingResult.Paired.class);
    }

    @Test
    void shouldRefuseUnknownAndMalformedCodes() {
        assertThat(devices.pair("ZZZZ-ZZZZ")).isEqualTo(new PairingResult.Refused("error.device.codeUnknown"));
        assertThat(devices.pair("' OR 1=1")).isEqualTo(new PairingResult.Refused("error.device.codeUnknown"));
        assertThat(devices.pair(null)).isEqualTo(new PairingResult.Refused("error.device.codeUnknown"));
    }

    @Test
    void shouldStopARevokedDeviceAndItsOpenCode() {
        Registration.Registered registered = register("Kios Pintu Keluar");
        String token = ((PairingResult.Paired) devices.pair(registered.code().code())).token();
        PairingCode open = devices.newPairingCode(registered.device().getId()).orElseThrow();

        devices.revoke(registered.device().getId());

        assertThat(devices.deviceForToken(token)).isEmpty();
        assertThat(devices.pair(open.code())).isInstanceOf(PairingResult.Refused.class);
        assertThat(devices.newPairingCode(registered.device().getId())).isEmpty();
        assertThat(devices.find(registered.device().getId()).orElseThrow().getRevokedAt())
                .isNotNull();
    }

    @Test
    void shouldEndTheOldCookieWhenTheDeviceIsPairedAgain() {
        Registration.Registered registered = register("Kios Lantai Dua");
        String first = ((PairingResult.Paired) devices.pair(registered.code().code())).token();
        PairingCode again = devices.newPairingCode(registered.device().getId()).orElseThrow();
        assertThat(devices.deviceForToken(first))
                .as("a new code alone does not end the current pairing")
                .isPresent();

        String second = ((PairingResult.Paired) devices.pair(again.code())).token();

        assertThat(devices.deviceForToken(first)).isEmpty();
        assertThat(devices.deviceForToken(second)).isPresent();
    }

    @Test
    void shouldRefuseATamperedToken() {
        Registration.Registered one = register("Kios Anak");
        Registration.Registered two = register("Kios Remaja");
        String token = ((PairingResult.Paired) devices.pair(one.code().code())).token();
        devices.pair(two.code().code());
        String[] parts = token.split("\\.");

        assertThat(devices.deviceForToken(parts[0] + "." + two.device().getId() + "." + parts[2] + "." + parts[3]))
                .as("another device's id under this token's signature")
                .isEmpty();
        assertThat(devices.deviceForToken(token.substring(0, token.length() - 2) + "AA"))
                .isEmpty();
        assertThat(devices.deviceForToken("k1." + one.device().getId() + "." + parts[2] + "." + parts[2]))
                .isEmpty();
        assertThat(devices.deviceForToken(token)).isPresent();
    }

    @Test
    void shouldRefuseABadOrTakenNameAndStoreNothing() {
        String name = unique("Kios Lobi");
        long before = devices.list().size();
        assertThat(devices.register(name, "Lobi", DeviceMode.ENTRANCE, "kepala"))
                .isInstanceOf(Registration.Registered.class);

        assertThat(devices.register(name.toUpperCase(), "Lobi", DeviceMode.EXIT, "kepala"))
                .isEqualTo(new Registration.Rejected(java.util.List.of("error.device.nameTaken")));
        assertThat(devices.register("<script>", " ", null, "kepala"))
                .isEqualTo(new Registration.Rejected(java.util.List.of(
                        "error.input.characters", "error.device.locationEmpty", "error.device.modeEmpty")));
        assertThat(devices.register("", "Lobi", DeviceMode.EXIT, "kepala"))
                .isEqualTo(new Registration.Rejected(java.util.List.of("error.device.nameEmpty")));
        assertThat(devices.list()).hasSize((int) before + 1);
    }

    @Test
    void shouldRecordWhenADeviceWasLastSeen() {
        Registration.Registered registered = register("Kios Teras");
        long id = registered.device().getId();
        assertThat(devices.find(id).orElseThrow().getLastSeenAt()).isNull();

        devices.touch(id);

        assertThat(devices.find(id).orElseThrow().getLastSeenAt()).isNotNull();
    }

    private Registration.Registered register(String name) {
        Registration result = devices.register(unique(name), "Lantai 1", DeviceMode.ENTRANCE, "kepala");
        assertThat(result).isInstanceOf(Registration.Registered.class);
        return (Registration.Registered) result;
    }

    /** Names are unique across the whole run's database, so each test adds a short suffix. */
    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    private String storedCodeHash(long id) {
        return jdbc.queryForObject("SELECT pairing_code_hash FROM kiosk_device WHERE id = ?", String.class, id);
    }
}
