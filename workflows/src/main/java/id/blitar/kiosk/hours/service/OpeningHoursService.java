package id.blitar.kiosk.hours.service;

import id.blitar.kiosk.hours.domain.OpeningHoursRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The library's weekly opening hours and what they mean for today. */
@Service
public class OpeningHoursService {

    private final OpeningHoursRepository hours;
    private final Clock clock;

    OpeningHoursService(OpeningHoursRepository hours, Clock clock) {
        this.hours = hours;
        this.clock = clock;
    }

    /** Today's hours in the library's zone; empty when the library is closed today. */
    @Transactional(readOnly = true)
    public Optional<Hours> today() {
        return on(LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    public Optional<Hours> on(LocalDate day) {
        return hours.findById(day.getDayOfWeek().getValue())
                .filter(h -> !h.isClosed())
                .map(h -> new Hours(h.getOpensAt(), h.getClosesAt()));
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
