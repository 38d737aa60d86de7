package id.blitar.kiosk.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import id.blitar.kiosk.workshop.domain.Registration;
import id.blitar.kiosk.workshop.domain.Workshop;
import java.util.List;

/**
 * Who registered for a workshop: seats, the waitlist in its order, tickets and attendance. A plain
 * table rather than a Grid: a workshop has at most a few hundred registrations, and the table reads
 * well to screen readers.
 */
class RegistrationsDialog extends Dialog {

    RegistrationsDialog(Workshop workshop, List<Registration> registrations) {
        setHeaderTitle(getTranslation("programme.registrations.title", workshop.getTitle()));
        Div body = new Div();
        body.addClassName("programme-registrations");
        if (registrations.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("programme.registrations.empty"));
            empty.setId("workshop-registrations");
            body.add(empty);
        } else {
            NativeTable table = new NativeTable();
            table.setId("workshop-registrations");
            table.addClassName("programme-table");
            NativeTableRow head = table.getHead().addRow();
            for (String key : List.of(
                    "programme.registrations.person",
                    "programme.registrations.status",
                    "programme.registrations.position",
                    "programme.registrations.ticket",
                    "programme.registrations.attended",
                    "programme.registrations.at")) {
                head.addHeaderCell().setText(getTranslation(key));
            }
            head.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "col"));
            for (Registration registration : registrations) {
                NativeTableRow row = new NativeTableRow();
                row.addClassName("programme-registration");
                row.addDataCell().setText(person(registration));
                row.addDataCell()
                        .setText(getTranslation("programme.registration."
                                + registration.getStatus().name()));
                row.addDataCell()
                        .setText(
                                registration.getWaitlistPosition() == null
                                        ? ""
                                        : String.valueOf(registration.getWaitlistPosition()));
                row.addDataCell().setText(registration.getTicketCode() == null ? "" : registration.getTicketCode());
                row.addDataCell().setText(getTranslation(registration.isAttended() ? "programme.yes" : "programme.no"));
                row.addDataCell().setText(ProgrammeView.dateTime(registration.getRegisteredAt()));
                table.getBody().addRows(row);
            }
            body.add(table);
        }
        add(body);
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
