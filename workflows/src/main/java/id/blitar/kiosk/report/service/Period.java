package id.blitar.kiosk.report.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * The days a dashboard or report covers, {@code from} and {@code to} inclusive, in the library's zone.
 * Dashboards and official reports take the same period, so their figures are the same figures.
 */
public record Period(LocalDate from, LocalDate to) {

    /** The longest period a manager may ask for: a year and a little (a leap year, a report month late). */
    public static final int MAX_DAYS = 400;

    public Period {
        Optional<String> problem = problem(from, to);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /**
     * What is wrong with a period a manager picked, as a translation key; empty when it is fine.
     * Views check first and show the message; nothing is computed for a bad period.
     */
    public static Optional<String> problem(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return Optional.of("report.period.missing");
        }
        if (to.isBefore(from)) {
            return Optional.of("report.period.reversed");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            return Optional.of("report.period.tooLong");
        }
        return Optional.empty();
    }

    public static Period day(LocalDate day) {
        return new Period(day, day);
    }

    /** Monday of the given day's week until the given day. */
    public static Period weekUntil(LocalDate day) {
        return new Period(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), day);
    }

    /** The first of the given day's month until the given day. */
    public static Period monthUntil(LocalDate day) {
        return new Period(day.withDayOfMonth(1), day);
    }

    /** A whole calendar month. */
    public static Period month(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth());
    }

    /** Semester 1 (January–June) or 2 (July–December) of a year, as the SKM is reported. */
    public static Period semester(int year, int semester) {
        if (semester != 1 && semester != 2) {
            throw new IllegalArgumentException("report.period.semester");
        }
        return semester == 1
                ? new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30))
                : new Period(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
    }

    /** The first moment of the period. */
    public LocalDateTime start() {
        return from.atStartOfDay();
    }

    /** The first moment after the period. */
    public LocalDateTime end() {
        return to.plusDays(1).atStartOfDay();
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDateTime moment) {
        return !moment.isBefore(start()) && moment.isBefore(end());
    }
}
