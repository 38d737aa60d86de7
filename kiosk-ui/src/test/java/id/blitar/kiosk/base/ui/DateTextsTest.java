package id.blitar.kiosk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateTextsTest {

    @Test
    void shouldNameDaysAndMonthsInEachKioskLanguage() {
        assertThat(DateTexts.dayNames(KioskI18nProvider.INDONESIAN)).startsWith("Minggu", "Senin");
        assertThat(DateTexts.dayNames(KioskI18nProvider.ENGLISH)).startsWith("Sunday", "Monday");
        // Latin-script Javanese from CLDR: Sunday is "Ahad"; the months are written as in Indonesian.
        assertThat(DateTexts.dayNames(KioskI18nProvider.JAVANESE)).startsWith("Ahad", "Senin");
        assertThat(DateTexts.monthNames(KioskI18nProvider.JAVANESE)).contains("Desember", "Agustus");
        assertThat(DateTexts.monthNames(KioskI18nProvider.ENGLISH)).contains("December", "August");
        assertThat(DateTexts.monthNames(KioskI18nProvider.INDONESIAN))
                .hasSize(12)
                .contains("Mei");
    }

    @Test
    void shouldWriteOneDaysTimesAsAnIndonesianSignDoes() {
        // Outside a kiosk screen the language is Bahasa Indonesia.
        var start = LocalDate.of(2026, 12, 5).atTime(9, 0);
        assertThat(DateTexts.when(start, start.plusHours(2))).isEqualTo("Sabtu, 5 Desember, 09.00\u201311.00");
        assertThat(DateTexts.when(start, start.plusDays(7))).isEqualTo("Sabtu, 5 Desember, 09.00");
    }

    @Test
    void shouldWriteStaffDatesNumericallyDayFirst() {
        java.time.LocalDateTime at = java.time.LocalDateTime.of(2026, 11, 30, 9, 5);
        assertThat(DateTexts.date(at.toLocalDate())).isEqualTo("30-11-2026");
        assertThat(DateTexts.dateTime(at)).isEqualTo("30-11-2026 09.05");
        assertThat(DateTexts.dayMonthTime(at)).isEqualTo("30-11 09.05");
        assertThat(DateTexts.dayMonth(at.toLocalDate())).isEqualTo("30/11");
        assertThat(DateTexts.time(at)).isEqualTo("09.05");
        assertThat(DateTexts.monthYear(java.time.YearMonth.of(2026, 8))).isEqualTo("Agustus 2026");
    }
}
