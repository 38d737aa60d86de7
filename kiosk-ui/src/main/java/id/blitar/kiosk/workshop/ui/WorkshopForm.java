package id.blitar.kiosk.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.base.ui.DatePickers;
import id.blitar.kiosk.workshop.domain.Workshop;
import id.blitar.kiosk.workshop.domain.WorkshopSession;
import id.blitar.kiosk.workshop.domain.WorkshopType;
import id.blitar.kiosk.workshop.service.WorkshopDraft;
import id.blitar.kiosk.workshop.service.WorkshopDraft.SessionDraft;
import id.blitar.kiosk.workshop.service.WorkshopService;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;

/**
 * The dialog in which staff publish or change a workshop. The domain checks the draft; its problems
 * are listed here and the dialog stays open until the workshop is saved.
 */
class WorkshopForm extends Dialog {

    private static final Duration SESSION_STEP = Duration.ofMinutes(15);

    private final Function<WorkshopDraft, List<String>> onSave;
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final Select<WorkshopType> type = new Select<>();
    private final CheckboxGroup<AgeGroup> audience = new CheckboxGroup<>();
    private final TextField room = new TextField();
    private final IntegerField capacity = new IntegerField();
    private final DateTimePicker opens = new DateTimePicker();
    private final DateTimePicker closes = new DateTimePicker();
    private final TextField partner = new TextField();
    private final Div sessions = new Div();
    private final List<SessionRow> sessionRows = new ArrayList<>();
    private final UnorderedList problems = new UnorderedList();

    /** @param onSave saves a draft; returns translation keys of problems, empty when saved */
    WorkshopForm(Function<WorkshopDraft, List<String>> onSave) {
        this.onSave = onSave;
        setHeaderTitle(getTranslation("programme.form.new"));
        setCloseOnOutsideClick(false);
        setDraggable(false);

        title.setLabel(getTranslation("programme.form.title"));
        title.setId("workshop-title");
        title.setMaxLength(Workshop.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("programme.form.description"));
        description.setId("workshop-description");
        description.setMaxLength(Workshop.MAX_DESCRIPTION);
        type.setLabel(getTranslation("programme.form.type"));
        type.setId("workshop-type");
        type.setItems(WorkshopType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation("workshopType." + t.name()));
        audience.setLabel(getTranslation("programme.form.audience"));
        audience.setId("workshop-audience");
        audience.setItems(AgeGroup.values());
        audience.setItemLabelGenerator(g -> getTranslation("ageGroup." + g.name()));
        room.setLabel(getTranslation("programme.form.room"));
        room.setId("workshop-room");
        room.setMaxLength(Workshop.MAX_ROOM);
        room.setRequiredIndicatorVisible(true);
        capacity.setLabel(getTranslation("programme.form.capacity"));
        capacity.setId("workshop-capacity");
        capacity.setMin(1);
        capacity.setMax(WorkshopService.MAX_CAPACITY);
        capacity.setStepButtonsVisible(true);
        capacity.setRequiredIndicatorVisible(true);
        picker(opens, "programme.form.opens", "workshop-opens");
        picker(closes, "programme.form.closes", "workshop-closes");
        partner.setLabel(getTranslation("programme.form.partner"));
        partner.setId("workshop-partner");
        partner.setMaxLength(Workshop.MAX_PARTNER);

        H3 sessionsTitle = new H3(getTranslation("programme.form.sessions"));
        sessions.setId("workshop-sessions");
        sessions.addClassName("programme-sessions");
        Button addSession = new Button(
                getTranslation("programme.form.addSession"), VaadinIcon.PLUS.create(), e -> addSession(null, null));
        addSession.setId("session-add");
        addSession.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        problems.setId("workshop-problems");
        problems.addClassName("programme-problems");
        problems.setVisible(false);
        // The alert is a wrapper: role="alert" on the list itself would take its items out of a list.
        Div alert = new Div(problems);
        alert.getElement().setAttribute("role", "alert");

        Div window = new Div(opens, closes);
        window.addClassName("programme-pair");
        Div numbers = new Div(room, capacity);
        numbers.addClassName("programme-pair");
        Div body = new Div(
                alert,
                title,
                description,
                type,
                audience,
                numbers,
                window,
                partner,
                sessionsTitle,
                sessions,
                addSession);
        body.setId("workshop-form");
        body.addClassName("programme-form");
        add(body);

        Button cancel = new Button(getTranslation("programme.form.cancel"), e -> close());
        cancel.setId("workshop-form-cancel");
        Button save = new Button(getTranslation("programme.form.save"), e -> save());
        save.setId("workshop-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);

        addSession(null, null);
    }

    /** Puts an existing workshop into the form. */
    void fill(Workshop workshop, List<WorkshopSession> existing) {
        setHeaderTitle(getTranslation("programme.form.edit"));
        title.setValue(workshop.getTitle());
        description.setValue(workshop.getDescription() == null ? "" : workshop.getDescription());
        type.setValue(workshop.getType());
        audience.setValue(workshop.audienceSet());
        room.setValue(workshop.getRoom());
        capacity.setValue(workshop.getCapacity());
        opens.setValue(workshop.getRegistrationOpensAt());
        closes.setValue(workshop.getRegistrationClosesAt());
        partner.setValue(workshop.getPartner() == null ? "" : workshop.getPartner());
        sessions.removeAll();
        sessionRows.clear();
        existing.forEach(s -> addSession(s.getStartsAt(), s.getEndsAt()));
        if (sessionRows.isEmpty()) {
            addSession(null, null);
        }
    }

    private void save() {
        List<SessionDraft> drafts = sessionRows.stream()
                .map(r -> new SessionDraft(r.start.getValue(), r.end.getValue()))
                .toList();
        WorkshopDraft draft = new WorkshopDraft(
                title.getValue(),
                description.getValue(),
                type.getValue(),
                audience.getValue().isEmpty() ? EnumSet.noneOf(AgeGroup.class) : EnumSet.copyOf(audience.getValue()),
                room.getValue(),
                capacity.getValue(),
                opens.getValue(),
                closes.getValue(),
                partner.getValue(),
                drafts);
        List<String> found = onSave.apply(draft);
        if (found.isEmpty()) {
            close();
            return;
        }
        problems.removeAll();
        found.forEach(key -> problems.add(new ListItem(getTranslation(key))));
        problems.setVisible(true);
        problems.getElement().callJsFunction("scrollIntoView");
    }

    private void addSession(LocalDateTime start, LocalDateTime end) {
        SessionRow row = new SessionRow(sessionRows.size() + 1, start, end);
        sessionRows.add(row);
        sessions.add(row);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < sessionRows.size(); i++) {
            sessionRows.get(i).number(i + 1, sessionRows.size() > 1);
        }
    }

    // No required indicators on the pickers, the select and the checkbox group: Vaadin then puts
    // aria-required on elements whose roles do not allow it (axe-core: critical). The domain's
    // problems say what is missing.
    private void picker(DateTimePicker picker, String labelKey, String id) {
        picker.setLabel(getTranslation(labelKey));
        picker.setId(id);
        picker.setStep(SESSION_STEP);
        localise(picker);
    }

    /** Dates as staff type and read them everywhere on the staff screens: 17-08-2026, 17/8/2026, 17.08.2026. */
    private void localise(DateTimePicker picker) {
        DatePickers.localise(picker, getLocale(), key -> getTranslation(key));
    }

    /** One session: start, end and a button to remove it (a workshop keeps at least one). */
    private final class SessionRow extends Div {

        private final DateTimePicker start = new DateTimePicker();
        private final DateTimePicker end = new DateTimePicker();
        private final Button remove = new Button(VaadinIcon.TRASH.create());

        SessionRow(int number, LocalDateTime startsAt, LocalDateTime endsAt) {
            addClassName("programme-session");
            for (DateTimePicker picker : List.of(start, end)) {
                picker.setStep(SESSION_STEP);
                localise(picker);
            }
            start.addClassName("session-start");
            end.addClassName("session-end");
            start.setValue(startsAt);
            end.setValue(endsAt);
            // A new session usually lasts as long as the one before: suggest its end.
            start.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null && end.getValue() == null) {
                    end.setValue(e.getValue().plusHours(2));
                }
            });
            remove.addClassName("session-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.addClickListener(e -> {
                sessionRows.remove(this);
                sessions.remove(this);
                renumber();
            });
            add(start, end, remove);
            number(number, false);
        }

        void number(int number, boolean removable) {
            start.setLabel(getTranslation("programme.form.sessionStart", number));
            end.setLabel(getTranslation("programme.form.sessionEnd", number));
            remove.setAriaLabel(getTranslation("programme.form.removeSession", number));
            remove.setEnabled(removable);
        }
    }
}
