package id.blitar.kiosk.hours.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.base.DatabaseIT;
import id.blitar.kiosk.hours.domain.LibraryClosure;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Closed days on MariaDB/MySQL: a holiday closes a day the weekly hours say open, for the closing-time timer
 * and for IPLM's service days. The days used lie in 2031, where no other test of the shared database looks.
 */
class OpeningHoursServiceIT extends DatabaseIT {

    private static final LocalDate INDEPENDENCE_DAY = LocalDate.of(2031, 8, 17);

    @Autowired
    OpeningHoursService hours;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeClosures() {
        jdbc.update("delete from library_closure where closed_on between '2031-01-01' and '2031-12-31'");
    }

    @Test
    void shouldCloseTheLibraryOnAHolidayTheWeeklyHoursSayOpen() {
        assertThat(hours.on(INDEPENDENCE_DAY))
                .as("a Sunday, open 08.00–15.00 by the weekly hours")
                .isPresent();

        assertThat(hours.close(INDEPENDENCE_DAY, "  Hari Kemerdekaan RI ", "kepala"))
                .isEmpty();

        assertThat(hours.on(INDEPENDENCE_DAY)).isEmpty();
        assertThat(hours.closures(Year.of(2031)))
                .singleElement()
                .extracting(LibraryClosure::getClosedOn, LibraryClosure::getReason, LibraryClosure::getCreatedBy)
                .containsExactly(INDEPENDENCE_DAY, "Hari Kemerdekaan RI", "kepala");
        // A visit on a closed day (staff, a demo at night) is closed at the end of that day.
        ZoneId zone = ZoneId.of("Asia/Jakarta");
        assertThat(hours.closingTimeForVisitStartingAt(
                        INDEPENDENCE_DAY.atTime(10, 0).atZone(zone)))
                .isEqualTo(ZonedDateTime.of(INDEPENDENCE_DAY, LocalTime.of(23, 59, 59), zone));
    }

    @Test
    void shouldCountServiceDaysWithoutClosures() {
        // The weekly hours of the migrations open every day of the week.
        assertThat(hours.openDays(LocalDate.of(2031, 8, 1), LocalDate.of(2031, 8, 31)))
                .isEqualTo(31);

        hours.close(INDEPENDENCE_DAY, "Hari Kemerdekaan RI", "kepala");
        hours.close(LocalDate.of(2031, 8, 18), "Cuti bersama", "kepala");
        hours.close(LocalDate.of(2031, 9, 1), "Tutup untuk inventarisasi koleksi", "kepala");

        assertThat(hours.openDays(LocalDate.of(2031, 8, 1), LocalDate.of(2031, 8, 31)))
                .isEqualTo(29);
        assertThat(hours.openDays(LocalDate.of(2031, 8, 17), LocalDate.of(2031, 8, 17)))
                .isZero();
        assertThat(hours.openDays(LocalDate.of(2031, 9, 2), LocalDate.of(2031, 9, 1)))
                .isZero();
        assertThat(hours.closures(Year.of(2031)))
                .extracting(LibraryClosure::getClosedOn)
                .containsExactly(INDEPENDENCE_DAY, LocalDate.of(2031, 8, 18), LocalDate.of(2031, 9, 1));
    }

    @Test
    void shouldRefuseABadClosureAndStoreNothing() {
        assertThat(hours.close(null, "Libur", "kepala")).contains("hours.error.noDate");
        assertThat(hours.close(INDEPENDENCE_DAY, "   ", "kepala")).contains("hours.error.noReason");
        assertThat(hours.close(INDEPENDENCE_DAY, "<script>alert(1)</script>", "kepala"))
                .contains("error.input.characters");
        assertThat(hours.close(INDEPENDENCE_DAY, "x".repeat(LibraryClosure.MAX_REASON_LENGTH + 1), "kepala"))
                .contains("error.input.tooLong");
        assertThat(hours.closures(Year.of(2031))).isEmpty();

        assertThat(hours.close(INDEPENDENCE_DAY, "Hari Kemerdekaan RI", "kepala"))
                .isEmpty();
        assertThat(hours.close(INDEPENDENCE_DAY, "Libur lagi", "pustakawan")).contains("hours.error.duplicate");
        assertThat(hours.closures(Year.of(2031)))
                .extracting(LibraryClosure::getReason)
                .containsExactly("Hari Kemerdekaan RI");
    }

    @Test
    void shouldOpenAClosedDayAgain() {
        hours.close(INDEPENDENCE_DAY, "Hari Kemerdekaan RI", "kepala");

        assertThat(hours.reopen(INDEPENDENCE_DAY, "kepala")).isTrue();
        assertThat(hours.reopen(INDEPENDENCE_DAY, "kepala"))
                .as("nothing left to open")
                .isFalse();

        assertThat(hours.on(INDEPENDENCE_DAY)).isPresent();
    }
}
