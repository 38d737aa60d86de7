package id.blitar.kiosk.workshop.process;

import id.blitar.kiosk.workshop.service.WorkshopService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Serves {@code Task_ReserveSeat}: a seat under the workshop row lock, or the next place on the waitlist. */
@Component("reserveSeatDelegate")
class ReserveSeatDelegate implements JavaDelegate {

    private final WorkshopService workshops;

    ReserveSeatDelegate(WorkshopService workshops) {
        this.workshops = workshops;
    }

    @Override
    public void execute(DelegateExecution execution) {
        WorkshopVariables.confirmed(execution, workshops.reserveSeat(WorkshopVariables.registrationId(execution)));
    }
}
