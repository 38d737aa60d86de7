package id.blitar.kiosk.codes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The cleaning rules for what scanners deliver, with the real prefixes and suffixes of common settings. */
class ScannedCodeTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "KPB-0002",
                " KPB-0002 ",
                "KPB-0002\r",
                "KPB-0002\n",
                "KPB-0002\r\n",
                "KPB-0002\t",
                "]C0KPB-0002", // Code 128, AIM identifier
                "]A0KPB-0002", // Code 39
                "]Q1KPB-0002", // QR code
                "]E0KPB-0002",
                "*KPB-0002*", // Code 39 start/stop transmitted
                "]A0*KPB-0002*",
                "\u0002KPB-0002\u0003", // STX/ETX framing
                "\u0002]C0KPB-0002\u0003\r\n",
                "\u001dKPB-0002\u001e", // GS/RS separators
                "KPB-\u007f0002",
            })
    void shouldStripWhatScannersAddAroundTheCode(String scanned) {
        assertThat(ScannedCode.of(scanned).text()).isEqualTo("KPB-0002");
    }

    @Test
    void shouldKeepTheCaseAndWhatIsNotFraming() {
        assertThat(ScannedCode.of("kpb-0002").text()).isEqualTo("kpb-0002");
        // One star is not framing; the caller refuses it as a bad card number.
        assertThat(ScannedCode.of("*KPB-0002").text()).isEqualTo("*KPB-0002");
        // ']' + two letters is not an AIM identifier.
        assertThat(ScannedCode.of("]CXKPB").text()).isEqualTo("]CXKPB");
        assertThat(ScannedCode.of(null).text()).isEmpty();
        assertThat(ScannedCode.of("\r\n").isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "{0} + check character {1}")
    @CsvSource({
        // Worked example: K20 P25 B11 -36 1 0 1 5 = 99; 99 mod 43 = 13 = 'D'
        "KPB-1015, D",
        "KPB-0002, 8",
        "KPB-0001, 7",
        "12345, F",
        "CODE 39, R",
    })
    void shouldComputeTheCode39Modulo43CheckCharacter(String data, char check) {
        assertThat(ScannedCode.code39CheckCharacter(data)).contains(check);
    }

    @Test
    void shouldOfferTheNumberWithoutACorrectCheckCharacterAsASecondCandidate() {
        assertThat(ScannedCode.of("KPB-1015D").cardCandidates()).containsExactly("KPB-1015D", "KPB-1015");
        assertThat(ScannedCode.of("*KPB-1015D*").cardCandidates()).containsExactly("KPB-1015D", "KPB-1015");
        assertThat(ScannedCode.of("kpb-1015d").cardCandidates()).containsExactly("kpb-1015d", "kpb-1015");
    }

    @Test
    void shouldNotDropALastCharacterThatIsNotTheCheckCharacter() {
        assertThat(ScannedCode.of("KPB-1015E").cardCandidates()).containsExactly("KPB-1015E");
        assertThat(ScannedCode.of("KPB-0002").cardCandidates()).containsExactly("KPB-0002");
        assertThat(ScannedCode.of("KPB_0002").withoutCode39CheckCharacter()).isEmpty();
        assertThat(ScannedCode.of("ab").withoutCode39CheckCharacter()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "KPB-0002, KPB-\u2022\u202202",
        "KPB-1015D, KPB-\u2022\u2022\u20225D",
        "0001234567, \u2022\u2022\u2022\u2022\u2022\u2022\u2022\u202267",
        "ABCDE-FGHJK, ABCD\u2022\u2022\u2022\u2022\u2022JK",
        "HALO, HA\u2022O",
        "X1, X\u2022",
        "A, \u2022",
    })
    void shouldMaskWhatWasReadForAPublicScreen(String read, String shown) {
        assertThat(ScannedCode.of(read).masked()).isEqualTo(shown);
    }

    @Test
    void shouldShowAtMostEightDotsAndNothingForNothing() {
        assertThat(ScannedCode.of("https://example.org/a/very/long/address").masked())
                .isEqualTo("http\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022ss");
        assertThat(ScannedCode.of("").masked()).isEmpty();
        assertThat(ScannedCode.of("KPB-0002").toString()).doesNotContain("0002");
    }
}
