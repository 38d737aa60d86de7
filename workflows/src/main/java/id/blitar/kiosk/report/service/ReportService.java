package id.blitar.kiosk.report.service;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.hours.service.OpeningHoursService;
import id.blitar.kiosk.poll.service.SatisfactionReport;
import id.blitar.kiosk.question.domain.QuestionStatus;
import id.blitar.kiosk.question.domain.Topic;
import id.blitar.kiosk.report.service.Dashboard.Day;
import id.blitar.kiosk.report.service.Dashboard.Event;
import id.blitar.kiosk.report.service.Dashboard.Events;
import id.blitar.kiosk.report.service.Dashboard.Questions;
import id.blitar.kiosk.report.service.Dashboard.Visits;
import id.blitar.kiosk.visit.domain.Origin;
import id.blitar.kiosk.visit.domain.VisitPurpose;
import id.blitar.kiosk.visit.domain.VisitorType;
import id.blitar.kiosk.workshop.domain.RegistrationStatus;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of a period, computed once for the managers' dashboard and for the official reports
 * alike, so the two always agree. Rows are read with plain JPQL projections (the same on H2 and
 * MySQL/MariaDB) and counted in Java; medians are computed here too, which SQL cannot do portably.
 * Times are the library's local times, as every {@code *_at} column stores them.
 */
@Service
public class ReportService {

    /** One check-in as the figures need it. */
    record VisitRow(
            VisitorType type,
            String memberType,
            VisitPurpose purpose,
            Origin origin,
            int headCount,
            int children,
            int teens,
            int adults,
            int elderly,
            Long memberId,
            LocalDateTime checkedInAt) {

        boolean isMember() {
            return type == VisitorType.MEMBER;
        }
    }

    /** The members the library had at the end of a period (UPLM 7). */
    public record MemberFigures(long registered, long active, long joined, long visited) {}

    private final EntityManager entityManager;
    private final SatisfactionReport satisfaction;
    private final OpeningHoursService openingHours;
    private final Clock clock;

    ReportService(
            EntityManager entityManager,
            SatisfactionReport satisfaction,
            OpeningHoursService openingHours,
            Clock clock) {
        this.entityManager = entityManager;
        this.satisfaction = satisfaction;
        this.openingHours = openingHours;
        this.clock = clock;
    }

    /** Every figure of the dashboard for the period. */
    @Transactional(readOnly = true)
    public Dashboard dashboard(Period period) {
        return new Dashboard(
                period,
                visits(period),
                questions(period),
                events(period),
                satisfaction.figures(period.from(), period.to()));
    }

    /** Who came in the period. */
    @Transactional(readOnly = true)
    public Visits visits(Period period) {
        List<VisitRow> rows = visitRows(period);
        long people = 0;
        long members = 0;
        long groups = 0;
        Map<String, Long> byMemberType = new TreeMap<>();
        Map<AgeGroup, Long> byAgeGroup = zeros(AgeGroup.class);
        Map<VisitPurpose, Long> byPurpose = zeros(VisitPurpose.class);
        Map<Origin, Long> byOrigin = zeros(Origin.class);
        Map<LocalDate, long[]> days = new LinkedHashMap<>();
        for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
            days.put(d, new long[2]);
        }
        long[][] heatmap = new long[7][24];
        for (VisitRow row : rows) {
            people += row.headCount();
            byAgeGroup.merge(AgeGroup.CHILD, (long) row.children(), Long::sum);
            byAgeGroup.merge(AgeGroup.TEEN, (long) row.teens(), Long::sum);
            byAgeGroup.merge(AgeGroup.ADULT, (long) row.adults(), Long::sum);
            byAgeGroup.merge(AgeGroup.ELDERLY, (long) row.elderly(), Long::sum);
            if (row.isMember()) {
                members += row.headCount();
                byMemberType.merge(memberType(row), (long) row.headCount(), Long::sum);
            } else {
                if (row.type() == VisitorType.GROUP) {
                    groups++;
                }
                if (row.purpose() != null) {
                    byPurpose.merge(row.purpose(), (long) row.headCount(), Long::sum);
                }
                if (row.origin() != null) {
                    byOrigin.merge(row.origin(), (long) row.headCount(), Long::sum);
                }
            }
            days.get(row.checkedInAt().toLocalDate())[row.isMember() ? 0 : 1] += row.headCount();
            heatmap[row.checkedInAt().getDayOfWeek().getValue() - 1][
                    row.checkedInAt().getHour()] += row.headCount();
        }
        List<Day> perDay = new ArrayList<>();
        days.forEach((day, count) -> perDay.add(new Day(day, count[0], count[1])));
        long openingDays = openingDays(period);
        return new Visits(
                people,
                rows.size(),
                members,
                people - members,
                groups,
                byMemberType,
                byAgeGroup,
                byPurpose,
                byOrigin,
                perDay,
                heatmap,
                openingDays,
                openingDays == 0 ? null : (double) people / openingDays);
    }

    /** Questions asked in the period. */
    @Transactional(readOnly = true)
    public Questions questions(Period period) {
        List<Object[]> rows = entityManager
                .createQuery(
                        "select q.topic, q.askedAt, q.claimedAt, q.answeredAt, q.dueAt, q.deadlineMet, q.status"
                                + " from Question q where q.askedAt >= :from and q.askedAt < :to",
                        Object[].class)
                .setParameter("from", period.start())
                .setParameter("to", period.end())
                .getResultList();
        LocalDateTime now = LocalDateTime.now(clock);
        Map<Topic, Long> byTopic = zeros(Topic.class);
        List<Long> toClaim = new ArrayList<>();
        List<Long> toAnswer = new ArrayList<>();
        long missed = 0;
        long overdueOpen = 0;
        for (Object[] row : rows) {
            byTopic.merge((Topic) row[0], 1L, Long::sum);
            LocalDateTime asked = (LocalDateTime) row[1];
            if (row[2] != null) {
                toClaim.add(java.time.Duration.between(asked, (LocalDateTime) row[2])
                        .toMinutes());
            }
            if (row[3] != null) {
                toAnswer.add(java.time.Duration.between(asked, (LocalDateTime) row[3])
                        .toMinutes());
            }
            Boolean deadlineMet = (Boolean) row[5];
            if (Boolean.FALSE.equals(deadlineMet)) {
                missed++;
            } else if (deadlineMet == null
                    && row[4] != null
                    && now.isAfter((LocalDateTime) row[4])
                    && row[6] != QuestionStatus.CLOSED) {
                overdueOpen++;
            }
        }
        return new Questions(
                rows.size(), byTopic, toAnswer.size(), median(toClaim), median(toAnswer), missed, overdueOpen);
    }

    /** Workshops and events that started in the period. */
    @Transactional(readOnly = true)
    public Events events(Period period) {
        List<Object[]> workshops = entityManager
                .createQuery(
                        "select w.id, w.title, w.startsAt, w.endsAt, w.capacity from Workshop w"
                                + " where w.startsAt >= :from and w.startsAt < :to and w.status <> 'CANCELLED'"
                                + " order by w.startsAt, w.id",
                        Object[].class)
                .setParameter("from", period.start())
                .setParameter("to", period.end())
                .getResultList();
        if (workshops.isEmpty()) {
            return new Events(0, 0, 0, 0, 0, 0, List.of());
        }
        List<Long> ids = workshops.stream().map(w -> (Long) w[0]).toList();
        Map<Long, Long> sessions = new HashMap<>();
        for (Object[] s : entityManager
                .createQuery(
                        "select s.workshopId, count(s) from WorkshopSession s where s.workshopId in :ids"
                                + " group by s.workshopId",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()) {
            sessions.put((Long) s[0], (Long) s[1]);
        }
        Map<Long, List<Object[]>> registrations = new HashMap<>();
        for (Object[] r : entityManager
                .createQuery(
                        "select r.workshopId, r.status, r.attended from Registration r where r.workshopId in :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()) {
            registrations.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(r);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        List<Event> rows = new ArrayList<>();
        for (Object[] w : workshops) {
            long id = (Long) w[0];
            boolean finished = !((LocalDateTime) w[3]).isAfter(now);
            long confirmed = 0;
            long attended = 0;
            long noShows = 0;
            for (Object[] r : registrations.getOrDefault(id, List.of())) {
                RegistrationStatus status = (RegistrationStatus) r[1];
                boolean scanned = (Boolean) r[2];
                if (status == RegistrationStatus.CONFIRMED
                        || status == RegistrationStatus.ATTENDED
                        || status == RegistrationStatus.NO_SHOW) {
                    confirmed++;
                    if (scanned) {
                        attended++;
                    } else if (finished || status == RegistrationStatus.NO_SHOW) {
                        noShows++;
                    }
                }
            }
            rows.add(new Event(
                    id,
                    (String) w[1],
                    ((LocalDateTime) w[2]).toLocalDate(),
                    sessions.getOrDefault(id, 0L).intValue(),
                    (Integer) w[4],
                    confirmed,
                    attended,
                    noShows,
                    finished));
        }
        return new Events(
                rows.size(),
                rows.stream().mapToLong(Event::sessions).sum(),
                rows.stream().mapToLong(Event::capacity).sum(),
                rows.stream().mapToLong(Event::confirmed).sum(),
                rows.stream().mapToLong(Event::attended).sum(),
                rows.stream().mapToLong(Event::noShows).sum(),
                Collections.unmodifiableList(rows));
    }

    /** Members at the end of the period, those who joined in it and those who came in it. */
    @Transactional(readOnly = true)
    public MemberFigures members(Period period) {
        long registered = entityManager
                .createQuery("select count(m) from Member m where m.createdAt < :to", Long.class)
                .setParameter("to", period.end())
                .getSingleResult();
        long active = entityManager
                .createQuery(
                        "select count(m) from Member m where m.createdAt < :to and m.expiresOn >= :last", Long.class)
                .setParameter("to", period.end())
                .setParameter("last", period.to())
                .getSingleResult();
        long joined = entityManager
                .createQuery(
                        "select count(m) from Member m where m.createdAt >= :from and m.createdAt < :to", Long.class)
                .setParameter("from", period.start())
                .setParameter("to", period.end())
                .getSingleResult();
        long visited = entityManager
                .createQuery(
                        // A member whose data was deleted on request still counts once, by a random key.
                        "select count(distinct coalesce(cast(v.memberId as String), v.erasedMemberKey)) from Visit v"
                                + " where (v.memberId is not null or v.erasedMemberKey is not null)"
                                + " and v.checkedInAt >= :from and v.checkedInAt < :to",
                        Long.class)
                .setParameter("from", period.start())
                .setParameter("to", period.end())
                .getSingleResult();
        return new MemberFigures(registered, active, joined, visited);
    }

    /** Exit-poll respondents who answered at least one SKM item in the period. */
    @Transactional(readOnly = true)
    public long skmRespondents(Period period) {
        return entityManager
                .createQuery(
                        "select count(distinct s.pollId) from SkmAnswer s"
                                + " where s.answeredAt >= :from and s.answeredAt < :to",
                        Long.class)
                .setParameter("from", period.start())
                .setParameter("to", period.end())
                .getSingleResult();
    }

    /** The exit-poll figures of the period, as {@link SatisfactionReport} computes them. */
    @Transactional(readOnly = true)
    public SatisfactionReport.Figures satisfaction(Period period) {
        return satisfaction.figures(period.from(), period.to());
    }

    /** The check-ins of the period. */
    @Transactional(readOnly = true)
    List<VisitRow> visitRows(Period period) {
        return entityManager
                .createQuery(
                        "select v.visitorType, coalesce(m.memberType, v.erasedMemberType), v.purpose, v.origin, v.headCount, v.countChildren,"
                                + " v.countTeens, v.countAdults, v.countElderly, v.memberId, v.checkedInAt"
                                + " from Visit v left join Member m on m.id = v.memberId"
                                + " where v.checkedInAt >= :from and v.checkedInAt < :to",
                        Object[].class)
                .setParameter("from", period.start())
                .setParameter("to", period.end())
                .getResultList()
                .stream()
                .map(r -> new VisitRow(
                        (VisitorType) r[0],
                        (String) r[1],
                        (VisitPurpose) r[2],
                        (Origin) r[3],
                        (Integer) r[4],
                        (Integer) r[5],
                        (Integer) r[6],
                        (Integer) r[7],
                        (Integer) r[8],
                        (Long) r[9],
                        (LocalDateTime) r[10]))
                .toList();
    }

    /** Days of the period until today on which the opening hours say the library was open. */
    long openingDays(Period period) {
        LocalDate today = LocalDate.now(clock);
        return openingHours.openDays(period.from(), period.to().isAfter(today) ? today : period.to());
    }

    /** The type printed on a member's card; a member deleted since counts under "Anggota". */
    static String memberType(VisitRow row) {
        return row.memberType() == null || row.memberType().isBlank() ? "Anggota" : row.memberType();
    }

    static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2).doubleValue() : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
        Map<E, Long> map = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            map.put(e, 0L);
        }
        return map;
    }
}
