package id.blitar.kiosk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateFormatsTest {

    private static final LocalDateTime SATURDAY_NINE = LocalDate.of(2026, 12, 5).atTime(9, 0);

    @Test
    void shouldWriteADayInEachVisitorLanguage() {
        assertThat(DateFormats.dayTime(SATURDAY_NINE, VisitorLanguage.INDONESIAN))
                .isEqualTo("Sabtu, 5 Desember, 09.00");
        assertThat(DateFormats.dayTime(SATURDAY_NINE, VisitorLanguage.ENGLISH))
                .isEqualTo("Saturday, 5 December, 09.00");
        // Latin-script Javanese from CLDR: Saturday is "Sabtu" as in Indonesian, Sunday "Ahad" (not "Minggu").
        assertThat(DateFormats.dayTime(SATURDAY_NINE.plusDays(1), VisitorLanguage.JAVANESE))
                .isEqualTo("Ahad, 6 Desember, 09.00");
    }

    @Test
    void shouldGiveTheYearInLettersAndReports() {
        assertThat(DateFormats.fullDayTime(SATURDAY_NINE, VisitorLanguage.ENGLISH))
                .isEqualTo("Saturday, 5 December 2026, 09.00");
        assertThat(DateFormats.longDate(SATURDAY_NINE, VisitorLanguage.INDONESIAN))
                .isEqualTo("5 Desember 2026");
        assertThat(DateFormats.monthYear(SATURDAY_NINE, VisitorLanguage.JAVANESE))
                .isEqualTo("Desember 2026");
    }

    @Test
    void shouldWriteIndonesianForALanguageTheKioskDoesNotOffer() {
        assertThat(DateFormats.fullDay(SATURDAY_NINE, Locale.JAPANESE)).isEqualTo("Sabtu, 5 Desember 2026");
        assertThat(DateFormats.fullDay(SATURDAY_NINE, null)).isEqualTo("Sabtu, 5 Desember 2026");
    }

    @Test
    void shouldStoreTheLanguageAsItsTwoLetterTag() {
        assertThat(VisitorLanguage.tag(Locale.forLanguageTag("en-GB"))).isEqualTo("en");
        assertThat(VisitorLanguage.tag(Locale.forLanguageTag("jv-ID"))).isEqualTo("jv");
        assertThat(VisitorLanguage.tag(Locale.GERMAN)).isEqualTo("id");
        assertThat(VisitorLanguage.of(null)).isEqualTo(VisitorLanguage.INDONESIAN);
        assertThat(VisitorLanguage.of("jv")).isEqualTo(VisitorLanguage.JAVANESE);
    }
}
