package id.blitar.kiosk.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InputCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"KPB-0001", "kpb-0001", " 1234567890 ", "M-2024-00017", "A.B/12"})
    void shouldAcceptCardNumbersAsScannersDeliverThem(String card) {
        assertThat(InputCheck.cardNumberProblem(card)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|error.input.empty",
                "'   '|error.input.empty",
                "1' OR '1'='1|error.card.format",
                "<script>alert(1)</script>|error.card.format",
                "KPB 0001|error.card.format",
                "-KPB|error.card.format"
            })
    void shouldRejectBadCardNumbersWithAReason(String card, String problem) {
        assertThat(InputCheck.cardNumberProblem(card)).contains(problem);
    }

    @org.junit.jupiter.api.Test
    void shouldRejectOverlongAndControlCharacterInput() {
        assertThat(InputCheck.cardNumberProblem("1".repeat(65))).contains("error.input.tooLong");
        assertThat(InputCheck.cardNumberProblem("1".repeat(64))).isEmpty();
        assertThat(InputCheck.cardNumberProblem("KPB\u00000001")).contains("error.input.controlCharacters");
        assertThat(InputCheck.freeTextProblem("SDN 1\u202eBlitar")).contains("error.input.controlCharacters");
        assertThat(InputCheck.freeTextProblem("x".repeat(65))).contains("error.input.tooLong");
        assertThat(InputCheck.cardNumberProblem(null)).contains("error.input.empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MI Ma'arif 02", "SMPN 1 Kota Blitar", "Univ. Islam Balitar (UNISBA)", "TK Pertiwi & PAUD"})
    void shouldAcceptRealInstitutionNames(String name) {
        assertThat(InputCheck.freeTextProblem(name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<b>SDN</b>", "x'; DROP TABLE visit; --", "SDN -- 1", "a=b", "\"quoted\""})
    void shouldRejectMarkupAndSqlInFreeText(String text) {
        assertThat(InputCheck.freeTextProblem(text)).contains("error.input.characters");
    }

    @org.junit.jupiter.api.Test
    void shouldHoldAFieldToItsOwnLengthWithTheSameCharacterRules() {
        // A room name may be as long as its column (Workshop.MAX_ROOM), not only the 64 of a short field.
        String room = "Ruang Serbaguna Lantai 2, Gedung Perpustakaan Proklamator Bung Karno, Jl. Kalasan 1";
        assertThat(room).hasSizeGreaterThan(InputCheck.MAX_LENGTH);
        assertThat(InputCheck.freeTextProblem(room)).contains("error.input.tooLong");
        assertThat(InputCheck.freeTextProblem(room, 100)).isEmpty();
        assertThat(InputCheck.freeTextProblem("x".repeat(101), 100)).contains("error.input.tooLong");
        assertThat(InputCheck.freeTextProblem("<script>", 100)).contains("error.input.characters");
        assertThat(InputCheck.freeTextProblem(null, 100)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void shouldNormaliseWhatIsStored() {
        assertThat(InputCheck.normaliseCardNumber(" kpb-0001 ")).isEqualTo("KPB-0001");
        assertThat(InputCheck.normaliseFreeText("  SDN   Sananwetan  3 ")).isEqualTo("SDN Sananwetan 3");
        assertThat(InputCheck.normaliseFreeText("   ")).isNull();
    }
}
