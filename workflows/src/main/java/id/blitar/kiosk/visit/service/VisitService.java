package id.blitar.kiosk.visit.service;

import id.blitar.kiosk.base.InputCheck;
import id.blitar.kiosk.hours.service.OpeningHoursService;
import id.blitar.kiosk.member.domain.Member;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.visit.domain.CloseReason;
import id.blitar.kiosk.visit.domain.ScanLedgerEntry;
import id.blitar.kiosk.visit.domain.ScanLedgerRepository;
import id.blitar.kiosk.visit.domain.Visit;
import id.blitar.kiosk.visit.domain.VisitRepository;
import id.blitar.kiosk.visit.domain.VisitorType;
import id.blitar.kiosk.visit.service.Arrival.GroupArrival;
import id.blitar.kiosk.visit.service.Arrival.GuestArrival;
import id.blitar.kiosk.visit.service.Arrival.MemberArrival;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visit records: validation of arrivals, check-in rows, repeat detection, closing and counts, and the scan
 * ledger that makes kiosk scans idempotent.
 */
@Service
@EnableConfigurationProperties(VisitProperties.class)
public class VisitService {

    /**
     * How long scan ledger rows are kept: longer than a scan is believed ({@code ScanTime}: today and
     * yesterday), so every replay a kiosk may still make finds its row.
     */
    public static final Duration SCAN_LEDGER_KEPT = Duration.ofDays(7);

    private final VisitRepository visits;
    private final ScanLedgerRepository ledger;
    private final MemberService members;
    private final OpeningHoursService openingHours;
    private final VisitProperties properties;
    private final Clock clock;

    VisitService(
            VisitRepository visits,
            ScanLedgerRepository ledger,
            MemberService members,
            OpeningHoursService openingHours,
            VisitProperties properties,
            Clock clock) {
        this.visits = visits;
        this.ledger = ledger;
        this.members = members;
        this.openingHours = openingHours;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Checks an arrival before anything is stored.
     *
     * @return translation keys of every problem; empty when the arrival may be recorded
     */
    public List<String> problemsOf(Arrival arrival) {
        List<String> problems = new ArrayList<>();
        InputCheck.freeTextProblem(arrival.kiosk()).ifPresent(problems::add);
        if (arrival instanceof GuestArrival g) {
            if (g.ageGroup() == null) problems.add("error.guest.ageGroup");
            if (g.purpose() == null) problems.add("error.guest.purpose");
            if (g.origin() == null) problems.add("error.guest.origin");
            InputCheck.freeTextProblem(g.institution()).ifPresent(problems::add);
            if (!g.consent()) problems.add("error.consent.required");
        } else if (arrival instanceof GroupArrival g) {
            if (g.institution() == null || g.institution().isBlank()) {
                problems.add("error.group.institution");
            } else {
                InputCheck.freeTextProblem(g.institution()).ifPresent(problems::add);
            }
            if (g.origin() == null) problems.add("error.guest.origin");
            if (g.children() < 0 || g.teens() < 0 || g.adults() < 0 || g.elderly() < 0) {
                problems.add("error.group.negative");
            } else if (g.headCount() < 1) {
                problems.add("error.group.empty");
            } else if (g.headCount() > properties.maxGroupSize()) {
                problems.add("error.group.tooLarge");
            }
            if (!g.consent()) problems.add("error.consent.required");
        }
        return problems;
    }

    /**
     * Writes the visit row of an arrival that happens now, in the caller's transaction (the process start).
     *
     * @throws IllegalArgumentException when the arrival has problems; callers check first
     */
    @Transactional
    public RecordedVisit record(Arrival arrival, String processInstanceId) {
        return record(arrival, processInstanceId, LocalDateTime.now(clock));
    }

    /**
     * Writes the visit row of an arrival at the given time (library time; a replayed kiosk scan's time), in
     * the caller's transaction. Membership expiry and the closing time are those of that moment.
     *
     * @throws IllegalArgumentException when the arrival has problems; callers check first
     */
    @Transactional
    public RecordedVisit record(Arrival arrival, String processInstanceId, LocalDateTime arrivedAt) {
        List<String> problems = problemsOf(arrival);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Arrival rejected: " + problems);
        }
        LocalDateTime now = arrivedAt.truncatedTo(ChronoUnit.SECONDS);
        String kiosk = InputCheck.normaliseFreeText(arrival.kiosk());
        Visit visit;
        if (arrival instanceof MemberArrival m) {
            Member member = members.findById(m.memberId())
                    .orElseThrow(() -> new IllegalArgumentException("No member " + m.memberId()));
            visit = Visit.ofMember(
                    member.getId(), member.getAgeGroup(), member.isExpiredOn(now.toLocalDate()), kiosk, now);
        } else if (arrival instanceof GuestArrival g) {
            visit = Visit.ofGuest(
                    g.ageGroup(), g.purpose(), g.origin(), InputCheck.normaliseFreeText(g.institution()), kiosk, now);
        } else {
            GroupArrival g = (GroupArrival) arrival;
            visit = Visit.ofGroup(
                    InputCheck.normaliseFreeText(g.institution()),
                    null,
                    g.origin(),
                    g.children(),
                    g.teens(),
                    g.adults(),
                    g.elderly(),
                    kiosk,
                    now);
        }
        visit.attachTo(processInstanceId);
        visits.save(visit);
        Date closingTime = Date.from(openingHours
                .closingTimeForVisitStartingAt(now.atZone(clock.getZone()))
                .toInstant());
        return new RecordedVisit(visit.getId(), visit.isMembershipExpired(), closingTime);
    }

    /** The member's visit that began within the repeat window, if any. */
    @Transactional(readOnly = true)
    public Optional<Visit> recentVisitOf(long memberId) {
        LocalDateTime since = LocalDateTime.now(clock).minus(properties.repeatWindow());
        return visits.findFirstByMemberIdAndCheckedInAtGreaterThanEqualOrderByCheckedInAtDesc(memberId, since);
    }

    /**
     * What a member's check-in scan at the given time meets among the member's visits, read with one query
     * (the check-in path's cost, docs/performance.md):
     *
     * <ul>
     *   <li>{@link ArrivalMatch#same()}: the visit the scan belongs to: a visit of that day that had begun and not
     *       ended by then (already inside), or a visit that began within the repeat window before or after it (a
     *       repeat scan; "after" because a replayed scan may reach the server after a later live scan of the same
     *       card at another kiosk);
     *   <li>{@link ArrivalMatch#later()}, only when there is no such visit: the member's first visit of that day
     *       that began after the scan but before the closing time a visit beginning at the scan would have. That
     *       is a scan replayed late (its kiosk was offline) that, had it arrived in order, would have begun that
     *       visit; the later scan would then have found the member already inside. The caller moves that visit's
     *       arrival back instead of counting a second, overlapping visit.
     * </ul>
     */
    @Transactional(readOnly = true)
    public ArrivalMatch matchArrival(long memberId, LocalDateTime at) {
        LocalDateTime dayStart = at.toLocalDate().atStartOfDay();
        LocalDateTime dayEnd = at.toLocalDate().atTime(LocalTime.of(23, 59, 59));
        LocalDateTime repeatFrom = at.minus(properties.repeatWindow());
        LocalDateTime repeatTo = at.plus(properties.repeatWindow());
        // Newest first; covers the day until the scan, the repeat window and the rest of the day (a visit's
        // closing time is never after the end of its day).
        List<Visit> around = visits.findByMemberIdAndCheckedInAtBetweenOrderByCheckedInAtDesc(
                memberId,
                repeatFrom.isBefore(dayStart) ? repeatFrom : dayStart,
                repeatTo.isAfter(dayEnd) ? repeatTo : dayEnd);
        Optional<Visit> inside = around.stream()
                .filter(v -> within(v, dayStart, at))
                .filter(v -> v.getCheckedOutAt() == null || v.getCheckedOutAt().isAfter(at))
                .findFirst();
        Optional<Visit> same = inside.or(() ->
                around.stream().filter(v -> within(v, repeatFrom, repeatTo)).findFirst());
        if (same.isPresent()) {
            return new ArrivalMatch(same, Optional.empty());
        }
        List<Visit> afterScan = around.stream()
                .filter(v -> within(v, at.plusSeconds(1), dayEnd))
                .toList();
        if (afterScan.isEmpty()) {
            return new ArrivalMatch(Optional.empty(), Optional.empty());
        }
        LocalDateTime closing = libraryTime(openingHours
                .closingTimeForVisitStartingAt(at.atZone(clock.getZone()))
                .toInstant());
        List<Visit> later = afterScan.stream()
                .filter(v -> within(v, at.plusSeconds(1), closing.minusSeconds(1)))
                .toList();
        return new ArrivalMatch(
                Optional.empty(), later.isEmpty() ? Optional.empty() : Optional.of(later.get(later.size() - 1)));
    }

    /** See {@link #matchArrival}: the visit a scan belongs to, or else a later visit it would have begun. */
    public record ArrivalMatch(Optional<Visit> same, Optional<Visit> later) {}

    /** Whether the visit began between the two moments, both included. */
    private static boolean within(Visit visit, LocalDateTime from, LocalDateTime to) {
        return !visit.getCheckedInAt().isBefore(from) && !visit.getCheckedInAt().isAfter(to);
    }

    /** Moves a visit's arrival back to an earlier scan of it (see {@link #matchArrival}). */
    @Transactional
    public Visit moveArrivalBack(long visitId, LocalDateTime at) {
        Visit visit = visits.findById(visitId).orElseThrow(() -> new IllegalArgumentException("No visit " + visitId));
        visit.correctArrival(at.truncatedTo(ChronoUnit.SECONDS));
        return visit;
    }

    /**
     * The visit a member's check-out scan at the given time ends: the newest visit of that day that began by
     * then and is still open; otherwise the newest that began by then and has ended (a second scan at the exit).
     */
    @Transactional(readOnly = true)
    public Optional<Visit> visitToEndAt(long memberId, LocalDateTime at) {
        List<Visit> ofDay = visitsOfDayUntil(memberId, at);
        return ofDay.stream()
                .filter(v -> v.getCheckedOutAt() == null)
                .findFirst()
                .or(() -> ofDay.stream().findFirst());
    }

    private List<Visit> visitsOfDayUntil(long memberId, LocalDateTime at) {
        return visits.findByMemberIdAndCheckedInAtBetweenOrderByCheckedInAtDesc(
                memberId, at.toLocalDate().atStartOfDay(), at);
    }

    /** The member's visit today that has not ended yet, if any. */
    @Transactional(readOnly = true)
    public Optional<Visit> openVisitOf(long memberId) {
        LocalDate today = LocalDate.now(clock);
        return visits.findByMemberIdAndCheckedOutAtIsNullOrderByCheckedInAtDesc(memberId, Limit.of(1)).stream()
                .filter(v -> !v.getCheckedInAt().toLocalDate().isBefore(today))
                .findFirst();
    }

    /** The member's latest visit of today, open or ended. */
    @Transactional(readOnly = true)
    public Optional<Visit> latestVisitTodayOf(long memberId) {
        LocalDateTime startOfDay = LocalDate.now(clock).atStartOfDay();
        return visits.findFirstByMemberIdAndCheckedInAtGreaterThanEqualOrderByCheckedInAtDesc(memberId, startOfDay);
    }

    /** Ends a visit now; ending an ended visit changes nothing. */
    @Transactional
    public Visit close(long visitId, CloseReason reason) {
        return close(visitId, reason, LocalDateTime.now(clock));
    }

    /**
     * Ends a visit at the given time (library time), never before it began; ending an ended visit changes
     * nothing.
     */
    @Transactional
    public Visit close(long visitId, CloseReason reason, LocalDateTime at) {
        Visit visit = visits.findById(visitId).orElseThrow(() -> new IllegalArgumentException("No visit " + visitId));
        visit.close(reason, at.truncatedTo(ChronoUnit.SECONDS));
        return visit;
    }

    /**
     * Ends a visit at closing time ({@code Task_CloseAtClosingTime}) at the given time, like {@link #close(long,
     * CloseReason, LocalDateTime)}; a member's visit ({@code memberId} not null) takes the member's row lock first, as a scan of their card
     * does ({@code VisitProcess}), so the timer and a check-out of the same visit wait for each other in the
     * database instead of both ending it.
     */
    @Transactional
    public Visit closeAtClosingTime(long visitId, Long memberId, LocalDateTime at) {
        if (memberId != null) {
            // Before the visit is read: what a check-out committed while this waited is then what it reads.
            members.lock(memberId);
        }
        return close(visitId, CloseReason.CLOSING_TIME, at);
    }

    /** What the scan with this id did, if the ledger has it. */
    @Transactional(readOnly = true)
    public Optional<ScanLedgerEntry> scanEntry(UUID scanId) {
        return ledger.findById(scanId.toString());
    }

    /**
     * Writes a scan's ledger row at once, in the caller's transaction (the one that stores what the scan
     * did). A second row with the same id fails on the primary key, here or when the first writer commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void writeScanEntry(ScanLedgerEntry entry) {
        ledger.saveAndFlush(entry);
    }

    @Transactional(readOnly = true)
    public Optional<Visit> findByProcessInstance(String processInstanceId) {
        return visits.findByProcessInstanceId(processInstanceId);
    }

    @Transactional(readOnly = true)
    public Optional<Visit> findById(long visitId) {
        return visits.findById(visitId);
    }

    /**
     * The number a welcome screen shows: for a member, which of their visits this year this is; for a
     * guest or a group, how many people the library has welcomed this year.
     */
    @Transactional(readOnly = true)
    public long visitNumberThisYear(Visit visit) {
        LocalDateTime from =
                LocalDate.of(visit.getCheckedInAt().getYear(), 1, 1).atStartOfDay();
        LocalDateTime to = from.plusYears(1);
        if (visit.getVisitorType() == VisitorType.MEMBER) {
            return visits.countByMemberIdAndCheckedInAtGreaterThanEqualAndCheckedInAtLessThan(
                    visit.getMemberId(), from, to);
        }
        return visits.countPeople(from, to);
    }

    /**
     * Deletes visit rows older than the retention period ({@code kiosk.visit.retention}), as the
     * consent text promises, and scan ledger rows older than {@link #SCAN_LEDGER_KEPT}.
     *
     * @return the number of visit rows deleted
     */
    @Transactional
    public int purgeExpiredVisits() {
        ledger.deleteReceivedBefore(LocalDateTime.now(clock).minus(SCAN_LEDGER_KEPT));
        return visits.deleteCheckedInBefore(
                LocalDate.now(clock).minus(properties.retention()).atStartOfDay());
    }

    /** A moment in the library's zone, as visit rows keep it. */
    public LocalDateTime libraryTime(java.time.Instant moment) {
        return LocalDateTime.ofInstant(moment, clock.getZone());
    }
}
