package id.blitar.kiosk.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.blitar.kiosk.base.ui.DateTexts;
import id.blitar.kiosk.workshop.domain.Workshop;
import id.blitar.kiosk.workshop.process.WorkshopProcess;
import id.blitar.kiosk.workshop.service.WorkshopDraft;
import id.blitar.kiosk.workshop.service.WorkshopService;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The library's programme for staff: upcoming workshops with their seats and waitlists, a form to
 * publish or change one (a series is several sessions under one registration), the registrations of
 * each, and cancelling a workshop, which tells everyone registered.
 */
@Route("manage/programme")
@RolesAllowed({"MANAGER", "LIBRARIAN"})
public class ProgrammeView extends Div implements HasDynamicTitle {

    private final WorkshopProcess workshopProcess;
    private final WorkshopService workshops;
    private final AuthenticationContext authentication;
    private final Div list = new Div();

    ProgrammeView(WorkshopProcess workshopProcess, WorkshopService workshops, AuthenticationContext authentication) {
        this.workshopProcess = workshopProcess;
        this.workshops = workshops;
        this.authentication = authentication;
        setId("programme");
        addClassNames("staff", "manage", "programme");

        Anchor back = new Anchor("staff", getTranslation("programme.back"));
        Button create = new Button(getTranslation("programme.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        create.setId("workshop-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout top = new HorizontalLayout(new H1(getTranslation("programme.title")), create);
        top.setAlignItems(HorizontalLayout.Alignment.CENTER);
        top.setWrap(true);
        Paragraph hint = new Paragraph(getTranslation("programme.hint"));
        hint.addClassName("programme-hint");
        list.setId("programme-list");
        list.addClassName("programme-list");
        add(back, top, hint, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<Workshop> upcoming = workshops.upcoming();
        if (upcoming.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("programme.empty"));
            empty.setId("programme-empty");
            list.add(empty);
            return;
        }
        NativeTable table = new NativeTable();
        table.addClassName("programme-table");
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of(
                "programme.column.title",
                "programme.column.type",
                "programme.column.start",
                "programme.column.sessions",
                "programme.column.room",
                "programme.column.capacity",
                "programme.column.taken",
                "programme.column.waiting",
                "programme.column.status",
                "programme.column.actions")) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        head.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "col"));
        // Counts are right-aligned, so their headings too.
        List.of(3, 5, 6, 7).forEach(i -> head.getHeaderCells().get(i).addClassName("programme-number"));
        for (Workshop workshop : upcoming) {
            table.getBody().addRows(row(workshop));
        }
        list.add(table);
    }

    private NativeTableRow row(Workshop workshop) {
        long id = workshop.getId();
        NativeTableRow row = new NativeTableRow();
        row.addClassName("programme-row");
        row.getElement().setAttribute("data-workshop-id", String.valueOf(id));
        row.setClassName("programme-row-cancelled", workshop.isCancelled());
        cell(row, workshop.getTitle()).addClassName("programme-title");
        cell(row, getTranslation("workshopType." + workshop.getType().name()));
        cell(row, DateTexts.dateTime(workshop.getStartsAt())).addClassName("programme-when");
        cell(row, String.valueOf(workshops.sessionsOf(id).size())).addClassName("programme-number");
        cell(row, workshop.getRoom());
        cell(row, String.valueOf(workshop.getCapacity())).addClassName("programme-number");
        cell(row, String.valueOf(workshop.getSeatsTaken())).addClassNames("programme-number", "programme-taken");
        cell(row, String.valueOf(workshops.waiting(id))).addClassNames("programme-number", "programme-waiting");
        cell(row, getTranslation(workshop.isCancelled() ? "programme.status.cancelled" : "programme.status.published"))
                .addClassName("programme-status");

        Button registrations = new Button(
                getTranslation("programme.registrations"),
                e -> new RegistrationsDialog(workshop, workshops.registrationsOf(id)).open());
        registrations.addClassName("workshop-registrations");
        Div actions = new Div(registrations);
        actions.addClassName("programme-actions");
        if (!workshop.isCancelled()) {
            Button change = new Button(getTranslation("programme.edit"), e -> edit(id));
            change.addClassName("workshop-edit");
            Button cancel = new Button(getTranslation("programme.cancel"), e -> confirmCancel(workshop));
            cancel.addClassName("workshop-cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.addComponentAsFirst(change);
            actions.add(cancel);
        }
        row.addDataCell().add(actions);
        return row;
    }

    private NativeTableCell cell(NativeTableRow row, String text) {
        NativeTableCell cell = row.addDataCell();
        cell.setText(text);
        return cell;
    }

    /** Opens the form for a new workshop ({@code null}) or for changing one. */
    private void edit(Long workshopId) {
        WorkshopForm form = new WorkshopForm(draft -> save(workshopId, draft));
        if (workshopId != null) {
            Workshop workshop = workshops.find(workshopId).orElse(null);
            if (workshop == null) {
                refresh();
                return;
            }
            form.fill(workshop, workshops.sessionsOf(workshopId));
        }
        form.open();
    }

    private List<String> save(Long workshopId, WorkshopDraft draft) {
        String user = authentication.getPrincipalName().orElse("");
        List<String> problems = workshops.save(workshopId, draft, user);
        if (problems.isEmpty()) {
            Notification.show(getTranslation("programme.saved"), 4000, Notification.Position.BOTTOM_START);
            refresh();
        }
        return problems;
    }

    private void confirmCancel(Workshop workshop) {
        long open = workshops.registrationsOf(workshop.getId()).stream()
                .filter(r -> r.isOpen())
                .count();
        // A plain Dialog, as the worklist's: Vaadin's ConfirmDialog leaves focusable elements under
        // aria-hidden (axe-core: serious).
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle(getTranslation("programme.cancel.title"));
        Paragraph text = new Paragraph(getTranslation("programme.cancel.text", workshop.getTitle(), open));
        text.setId("workshop-cancel-text");
        text.addClassName("programme-confirm-text");
        confirm.add(text);
        Button no = new Button(getTranslation("programme.cancel.no"), e -> confirm.close());
        no.setId("workshop-cancel-no");
        Button yes = new Button(getTranslation("programme.cancel.yes"), e -> {
            confirm.close();
            workshopProcess.cancelWorkshop(workshop.getId());
            Notification.show(
                    getTranslation("programme.cancelled", workshop.getTitle()),
                    4000,
                    Notification.Position.BOTTOM_START);
            refresh();
        });
        yes.setId("workshop-cancel-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.getFooter().add(no, yes);
        confirm.open();
    }

    static String dateTime(LocalDateTime time) {
        return time == null ? "" : DateTexts.dateTime(time);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programme.title");
    }
}
