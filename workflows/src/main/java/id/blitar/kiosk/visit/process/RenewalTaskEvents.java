package id.blitar.kiosk.visit.process;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns Camunda's task events of the renewal task (the Spring eventing bridge, {@code camunda.bpm.eventing.task},
 * on by default) into a {@link RenewalTaskEvent} inside the engine's transaction, whichever way the task
 * changed: no screen has to poll for renewals, and a model edited by a manager needs no listener of its own.
 */
@Component
class RenewalTaskEvents {

    private static final Set<String> CHANGES = Set.of(
            TaskListener.EVENTNAME_CREATE,
            TaskListener.EVENTNAME_ASSIGNMENT,
            TaskListener.EVENTNAME_COMPLETE,
            TaskListener.EVENTNAME_DELETE);

    private final ApplicationEventPublisher events;

    RenewalTaskEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(DelegateTask task) {
        if (VisitProcess.TASK_RENEW_MEMBERSHIP.equals(task.getTaskDefinitionKey())
                && CHANGES.contains(task.getEventName())) {
            events.publishEvent(new RenewalTaskEvent(task.getId(), task.getEventName()));
        }
    }
}
