package id.blitar.kiosk.visit.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.base.DatabaseIT;
import id.blitar.kiosk.visit.domain.Origin;
import id.blitar.kiosk.visit.domain.VisitPurpose;
import id.blitar.kiosk.visit.domain.VisitRepository;
import id.blitar.kiosk.visit.process.CheckInResult;
import id.blitar.kiosk.visit.process.VisitProcess;
import id.blitar.kiosk.visit.service.Arrival.GuestArrival;
import java.time.Clock;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Visit rows are kept for the retention period the consent text names (3 years), then deleted. */
class VisitRetentionIT extends DatabaseIT {

    @Autowired
    VisitProcess visitProcess;

    @Autowired
    VisitService visits;

    @Autowired
    VisitRepository repository;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void shouldDeleteVisitsOlderThanTheRetentionPeriodOnly() {
        long old = checkInGuest();
        long recent = checkInGuest();
        jdbc.update(
                "UPDATE visit SET checked_in_at = ?, checked_out_at = ?, close_reason = 'CLOSING_TIME' WHERE id = ?",
                LocalDateTime.now(clock).minusYears(3).minusDays(2),
                LocalDateTime.now(clock).minusYears(3).minusDays(2).plusHours(2),
                old);
        jdbc.update(
                "UPDATE visit SET checked_in_at = ? WHERE id = ?",
                LocalDateTime.now(clock).minusYears(3).plusDays(2),
                recent);

        int deleted = visits.purgeExpiredVisits();

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(repository.findById(old)).isEmpty();
        assertThat(repository.findById(recent)).isPresent();
        assertThat(visits.purgeExpiredVisits())
                .as("a second run finds nothing more")
                .isZero();
    }

    private long checkInGuest() {
        var result = visitProcess.checkInGuest(
                new GuestArrival(AgeGroup.ADULT, VisitPurpose.INTERNET, Origin.OUTSIDE, null, true, "Pintu"));
        return ((CheckInResult.Welcomed) result).visitId();
    }
}
