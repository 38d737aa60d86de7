package id.blitar.kiosk.hours.service;

import id.blitar.kiosk.base.InputCheck;
import id.blitar.kiosk.hours.domain.LibraryClosure;
import id.blitar.kiosk.hours.domain.LibraryClosureRepository;
import id.blitar.kiosk.hours.domain.OpeningHours;
import id.blitar.kiosk.hours.domain.OpeningHoursRepository;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The library's weekly opening hours and what they mean for today. */
@Service
public class OpeningHoursService {

    private static final Logger log = LoggerFactory.getLogger(OpeningHoursService.class);

    private final OpeningHoursRepository hours;
    private final LibraryClosureRepository closures;
    private final Clock clock;

    OpeningHoursService(OpeningHoursRepository hours, LibraryClosureRepository closures, Clock clock) {
        this.hours = hours;
        this.closures = closures;
        this.clock = clock;
    }

    /** The weekly hours, Monday first. */
    @Transactional(readOnly = true)
    public List<OpeningHours> week() {
        return hours.findAll(Sort.by("dayOfWeek"));
    }

    /** Today's hours in the library's zone; empty when the library is closed today. */
    @Transactional(readOnly = true)
    public Optional<Hours> today() {
        return on(LocalDate.now(clock));
    }

    /** That day's hours; empty when the weekly hours say closed or the day is a closure (a holiday). */
    @Transactional(readOnly = true)
    public Optional<Hours> on(LocalDate day) {
        if (closures.existsById(day)) {
            return Optional.empty();
        }
        return hours.findById(day.getDayOfWeek().getValue())
                .filter(h -> !h.isClosed())
                .map(h -> new Hours(h.getOpensAt(), h.getClosesAt()));
    }

    /**
     * The days from {@code from} to {@code to} (both included) on which the library is open: open by its weekly
     * hours and not a closure. This is IPLM's "hari layanan" (service days).
     */
    @Transactional(readOnly = true)
    public long openDays(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        Set<DayOfWeek> open = EnumSet.noneOf(DayOfWeek.class);
        hours.findAll().stream().filter(h -> !h.isClosed()).forEach(h -> open.add(h.getDay()));
        Set<LocalDate> closed = new HashSet<>();
        closures.findByClosedOnBetweenOrderByClosedOn(from, to).forEach(c -> closed.add(c.getClosedOn()));
        return from.datesUntil(to.plusDays(1))
                .filter(d -> open.contains(d.getDayOfWeek()) && !closed.contains(d))
                .count();
    }

    /** The closures of one year, in date order. */
    @Transactional(readOnly = true)
    public List<LibraryClosure> closures(Year year) {
        return closures.findByClosedOnBetweenOrderByClosedOn(
                year.atDay(1), year.atMonth(12).atEndOfMonth());
    }

    /**
     * Closes the library on a day (a holiday, cuti bersama, a closure of its own).
     *
     * @param reason what the day is, as staff and reports read it (at most {@link
     *     LibraryClosure#MAX_REASON_LENGTH} characters, letters, digits and common punctuation)
     * @param by the manager's account
     * @return empty when stored, else the translation key of why nothing was stored: {@code hours.error.noDate},
     *     {@code hours.error.noReason}, {@code hours.error.duplicate}, or a key of {@link
     *     InputCheck#freeTextProblem} for the reason
     */
    @Transactional
    public Optional<String> close(LocalDate day, String reason, String by) {
        if (day == null) {
            return Optional.of("hours.error.noDate");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            return Optional.of("hours.error.noReason");
        }
        Optional<String> problem = InputCheck.freeTextProblem(text);
        if (problem.isPresent()) {
            return problem;
        }
        if (closures.existsById(day)) {
            return Optional.of("hours.error.duplicate");
        }
        closures.saveAndFlush(new LibraryClosure(day, text, by, LocalDateTime.now(clock)));
        log.info("{} closed the library on {}: {}", by, day, text);
        return Optional.empty();
    }

    /** Opens a closed day again (a closure entered by mistake); returns whether there was one. */
    @Transactional
    public boolean reopen(LocalDate day, String by) {
        if (!closures.existsById(day)) {
            return false;
        }
        closures.deleteById(day);
        log.info("{} removed the closure of {}", by, day);
        return true;
    }

    /**
     * When a visit that starts now is closed if the visitor never checks out: today's closing time,
     * or the end of today when the visit starts after closing or on a closed day (staff events, the
     * embedded demo at night), so that no visit stays open overnight.
     */
    @Transactional(readOnly = true)
    public ZonedDateTime closingTimeForVisitStartingNow() {
        return closingTimeForVisitStartingAt(ZonedDateTime.now(clock));
    }

    /**
     * When a visit that started at the given moment is closed if the visitor never checks out: that day's
     * closing time, or the end of that day when the visit started after closing or on a closed day. For a
     * visit replayed from a kiosk's offline queue this may be in the past; the closing timer then fires at
     * once and closes the visit at this time, not at the time it fired.
     */
    @Transactional(readOnly = true)
    public ZonedDateTime closingTimeForVisitStartingAt(ZonedDateTime start) {
        ZonedDateTime at = start.withZoneSameInstant(clock.getZone());
        LocalDate day = at.toLocalDate();
        ZonedDateTime endOfDay = day.atTime(LocalTime.of(23, 59, 59)).atZone(clock.getZone());
        return on(day).map(h -> day.atTime(h.closesAt()).atZone(clock.getZone()))
                .filter(closing -> closing.isAfter(at))
                .orElse(endOfDay);
    }

    /** Whether the library is open right now, and today's hours when it opens today. */
    @Transactional(readOnly = true)
    public Today status() {
        LocalTime now = LocalTime.now(clock);
        return today().map(h -> new Today(
                        now.isBefore(h.opensAt())
                                ? State.NOT_YET_OPEN
                                : h.isOpenAt(now) ? State.OPEN : State.CLOSED_NOW,
                        h))
                .orElseGet(() -> new Today(State.CLOSED_TODAY, null));
    }

    /** Where today stands. */
    public enum State {
        NOT_YET_OPEN,
        OPEN,
        CLOSED_NOW,
        CLOSED_TODAY
    }

    /** Today's state and hours ({@code hours} is null on a closed day). */
    public record Today(State state, Hours hours) {}

    /** Opening and closing time of one day. */
    public record Hours(LocalTime opensAt, LocalTime closesAt) {

        public boolean isOpenAt(LocalTime time) {
            return !time.isBefore(opensAt) && time.isBefore(closesAt);
        }
    }
}
