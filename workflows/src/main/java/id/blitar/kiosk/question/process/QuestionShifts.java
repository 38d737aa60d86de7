package id.blitar.kiosk.question.process;

import id.blitar.kiosk.question.domain.StaffShift;
import id.blitar.kiosk.question.domain.StaffShiftRepository;
import id.blitar.kiosk.question.service.ShiftEnded;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is on shift at the desks. A librarian is on shift from opening their worklist until they end the
 * shift; while a librarian of the group a walk-in is routed to is on shift, the kiosks offer "Tunggu di
 * sini" ({@link QuestionProcess#walkInAvailable}). Ending a shift gives every task they hold back to its
 * group and tells their other open worklists, on every node ({@link ShiftEnded}).
 *
 * <p>The rule comes from DESIGN.md: "if a librarian of that group is on duty the visitor gets a queue
 * number". Shifts are rows of {@code staff_shift} (user name, start time); starting a shift twice or ending
 * one that is not running changes nothing and throws nothing.
 */
@Component
public class QuestionShifts {

    private final StaffShiftRepository shifts;
    private final QuestionTasks tasks;
    private final IdentityService identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QuestionShifts(
            StaffShiftRepository shifts,
            QuestionTasks tasks,
            IdentityService identity,
            ApplicationEventPublisher events,
            Clock clock) {
        this.shifts = shifts;
        this.tasks = tasks;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    /** Starts the user's shift: walk-ins routed to their groups are offered at the kiosks. Again: no change. */
    @Transactional
    public void startShift(String user) {
        if (!shifts.existsById(user)) {
            shifts.save(new StaffShift(user, LocalDateTime.now(clock)));
        }
    }

    /** Whether the user is on shift now. */
    @Transactional(readOnly = true)
    public boolean onShift(String user) {
        return shifts.existsById(user);
    }

    /** Ends the user's shift: every task they hold goes back to its group. Returns how many (0 if none). */
    @Transactional
    public int endShift(String user) {
        int released = tasks.releaseAll(user);
        shifts.deleteById(user);
        events.publishEvent(new ShiftEnded(user));
        return released;
    }

    /** Whether a member of the group is on shift now. */
    @Transactional(readOnly = true)
    boolean anyoneOnShiftIn(String group) {
        Set<String> onShift =
                shifts.findAll().stream().map(StaffShift::getUsername).collect(Collectors.toSet());
        return !onShift.isEmpty()
                && identity.createUserQuery().memberOfGroup(group).list().stream()
                        .map(User::getId)
                        .anyMatch(onShift::contains);
    }
}
