package id.blitar.kiosk.report.service;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.poll.service.SatisfactionReport;
import id.blitar.kiosk.question.domain.Topic;
import id.blitar.kiosk.visit.domain.Origin;
import id.blitar.kiosk.visit.domain.VisitPurpose;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Every figure of the managers' dashboard for one period. */
public record Dashboard(
        Period period, Visits visits, Questions questions, Events events, SatisfactionReport.Figures satisfaction) {

    /**
     * Who came. People, not check-ins: a group counts with its head count.
     *
     * @param people everyone who came
     * @param checkIns check-ins (a group is one)
     * @param members people who came with a membership card
     * @param nonMembers guests and members of groups ("Non-anggota")
     * @param groups group check-ins
     * @param byMemberType members by the type on their card, in name order
     * @param byAgeGroup people by age group (a group by its head counts per category)
     * @param byPurpose non-members by the purpose they gave (members are not asked)
     * @param byOrigin non-members by where they come from (members are not asked)
     * @param perDay every day of the period, members and non-members
     * @param heatmap people by weekday (0 = Monday) and hour of check-in
     * @param openingDays days of the period, until today, on which the library was open
     * @param averagePerOpeningDay people per opening day; null when there was none
     */
    public record Visits(
            long people,
            long checkIns,
            long members,
            long nonMembers,
            long groups,
            Map<String, Long> byMemberType,
            Map<AgeGroup, Long> byAgeGroup,
            Map<VisitPurpose, Long> byPurpose,
            Map<Origin, Long> byOrigin,
            List<Day> perDay,
            long[][] heatmap,
            long openingDays,
            Double averagePerOpeningDay) {

        /**
         * Non-members who gave no purpose (people): groups are not asked one, so that the purpose chart
         * adds up to {@link #nonMembers()} instead of silently leaving them out.
         */
        public long purposeNotAsked() {
            return nonMembers
                    - byPurpose.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Non-members who gave no origin (people), as {@link #purposeNotAsked()}. */
        public long originNotAsked() {
            return nonMembers
                    - byOrigin.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** People of one day. */
    public record Day(LocalDate day, long members, long nonMembers) {
        public long people() {
            return members + nonMembers;
        }
    }

    /**
     * Questions asked in the period.
     *
     * @param medianMinutesToClaim median minutes from asking until a librarian took it on; null when none was
     * @param medianMinutesToAnswer median minutes from asking until the answer; null when none was answered
     * @param missedDeadline answered or called after the deadline the routing decision set
     * @param overdueOpen still open and past the deadline now
     */
    public record Questions(
            long asked,
            Map<Topic, Long> byTopic,
            long answered,
            Double medianMinutesToClaim,
            Double medianMinutesToAnswer,
            long missedDeadline,
            long overdueOpen) {
        public long overdue() {
            return missedDeadline + overdueOpen;
        }
    }

    /**
     * Workshops and events that started in the period (cancelled ones left out).
     *
     * @param activities workshops and events held or planned
     * @param sessions their meetings
     * @param capacity seats offered
     * @param confirmed seats taken by confirmed registrations (attended, no-show or still to come)
     * @param attended registrations whose ticket was scanned at the door at least once
     * @param noShows confirmed registrations of finished events whose ticket was never scanned
     * @param rows one line per event
     */
    public record Events(
            long activities,
            long sessions,
            long capacity,
            long confirmed,
            long attended,
            long noShows,
            List<Event> rows) {
        /** Confirmed seats per seat offered, 0–100; null without events. */
        public Double fillRate() {
            return capacity == 0 ? null : 100.0 * confirmed / capacity;
        }

        /** Attended per confirmed seat of finished events, 0–100; null when none has finished. */
        public Double attendanceRate() {
            long finished = attended + noShows;
            return finished == 0 ? null : 100.0 * attended / finished;
        }
    }

    /** One event of the period. */
    public record Event(
            long id,
            String title,
            LocalDate day,
            int sessions,
            int capacity,
            long confirmed,
            long attended,
            long noShows,
            boolean finished) {}
}
