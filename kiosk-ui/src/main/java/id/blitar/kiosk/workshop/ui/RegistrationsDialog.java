package id.blitar.kiosk.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import id.blitar.kiosk.workshop.domain.Registration;
import id.blitar.kiosk.workshop.domain.Workshop;
import java.util.List;

/** Who registered for a workshop: seats, the waitlist in its order, tickets and attendance. */
class RegistrationsDialog extends Dialog {

    RegistrationsDialog(Workshop workshop, List<Registration> registrations) {
        setHeaderTitle(getTranslation("programme.registrations.title", workshop.getTitle()));
        addClassName("programme-registrations-dialog");
        Grid<Registration> grid = new Grid<>();
        grid.setId("workshop-registrations-grid");
        grid.addClassName("programme-registrations");
        grid.addColumn(this::person)
                .setHeader(getTranslation("programme.registrations.person"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(r ->
                        getTranslation("programme.registration." + r.getStatus().name()))
                .setHeader(getTranslation("programme.registrations.status"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.getWaitlistPosition() == null ? "" : String.valueOf(r.getWaitlistPosition()))
                .setHeader(getTranslation("programme.registrations.position"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.getTicketCode() == null ? "" : r.getTicketCode())
                .setHeader(getTranslation("programme.registrations.ticket"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.isAttended() ? "programme.yes" : "programme.no"))
                .setHeader(getTranslation("programme.registrations.attended"))
                .setAutoWidth(true);
        grid.addColumn(r -> ProgrammeView.dateTime(r.getRegisteredAt()))
                .setHeader(getTranslation("programme.registrations.at"))
                .setAutoWidth(true);
        grid.setItems(registrations);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateComponent(new Paragraph(getTranslation("programme.registrations.empty")));
        add(grid);
        Button close = new Button(getTranslation("programme.registrations.close"), e -> close());
        close.setId("workshop-registrations-close");
        getFooter().add(close);
    }

    /** A guest by name, a member by number only: the card holder's details stay in the member records. */
    private String person(Registration registration) {
        if (registration.getMemberId() != null) {
            return getTranslation("programme.registrations.member", String.valueOf(registration.getMemberId()));
        }
        return registration.getGuestName() == null ? "" : registration.getGuestName();
    }
}
