package id.blitar.kiosk.hours.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.blitar.kiosk.base.ui.DatePickers;
import id.blitar.kiosk.base.ui.DateTexts;
import id.blitar.kiosk.hours.domain.LibraryClosure;
import id.blitar.kiosk.hours.domain.OpeningHours;
import id.blitar.kiosk.hours.service.OpeningHoursService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Managers' opening hours and closed days: the weekly hours, and the days the library is closed although the
 * weekly hours say open — national holidays and cuti bersama, which a joint decree of three ministers sets
 * each year, and the library's own closures. A closed day shows "Tutup hari ini" on the kiosks, closes visits
 * at the end of the day, and does not count as a service day ("hari layanan") in the IPLM report.
 */
@Route("manage/hours")
@RolesAllowed("MANAGER")
public class OpeningHoursView extends Div implements HasDynamicTitle {

    private final OpeningHoursService hours;
    private final String user;
    private final Select<Year> year = new Select<>();
    private final DatePicker day = new DatePicker();
    private final TextField reason = new TextField();
    private final Div problem = new Div();
    private final Div closures = new Div();

    OpeningHoursView(OpeningHoursService hours, AuthenticationContext authentication, Clock clock) {
        this.hours = hours;
        this.user = authentication.getPrincipalName().orElse("?");
        setId("opening-hours");
        addClassNames("staff", "manage", "hours");

        Anchor back = new Anchor("staff", getTranslation("satisfaction.back"));

        // Plain tables: a week and a year's holidays are short lists, read by a screen reader row by row.
        NativeTable week = new NativeTable();
        week.setId("weekly-hours");
        week.addClassName("hours-table");
        header(week, "hours.day", "hours.hours");
        for (OpeningHours h : hours.week()) {
            NativeTableRow row = week.getBody().addRow();
            row.addHeaderCell().setText(DateTexts.dayName(h.getDay()));
            row.addDataCell()
                    .setText(
                            h.isClosed()
                                    ? getTranslation("hours.closed")
                                    : getTranslation("hours.times", h.getOpensAt(), h.getClosesAt()));
        }

        Year thisYear = Year.now(clock);
        year.setId("closures-year");
        year.setLabel(getTranslation("hours.year"));
        year.setItems(IntStream.rangeClosed(-1, 1).mapToObj(thisYear::plusYears).toList());
        year.setItemLabelGenerator(Year::toString);
        year.setValue(thisYear);
        year.addValueChangeListener(e -> refresh());

        day.setId("closure-day");
        day.setLabel(getTranslation("hours.closure.day"));
        DatePickers.localise(day, getLocale(), key -> getTranslation(key));
        reason.setId("closure-reason");
        reason.setLabel(getTranslation("hours.closure.reason"));
        reason.setPlaceholder(getTranslation("hours.closure.reason.example"));
        reason.setMaxLength(LibraryClosure.MAX_REASON_LENGTH);
        reason.setWidth("24rem");
        Button add = new Button(getTranslation("hours.closure.add"), e -> add());
        add.setId("closure-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(day, reason, add);
        form.setAlignItems(HorizontalLayout.Alignment.END);
        form.setWrap(true);
        problem.setId("closure-problem");
        problem.addClassName("kiosk-error");
        problem.getElement().setAttribute("role", "alert");

        closures.setId("closures");

        add(
                back,
                new H1(getTranslation("hours.title")),
                new H2(getTranslation("hours.week")),
                week,
                new H2(getTranslation("hours.closures")),
                new Paragraph(getTranslation("hours.closures.detail")),
                year,
                form,
                problem,
                closures);
        refresh();
    }

    private void add() {
        LocalDate chosen = day.getValue();
        if (chosen == null && !day.isInvalid()) {
            showProblem(Optional.of("hours.error.noDate"));
            return;
        }
        if (day.isInvalid()) {
            showProblem(Optional.of("hours.error.badDate"));
            return;
        }
        Optional<String> refused = hours.close(chosen, reason.getValue(), user);
        showProblem(refused);
        if (refused.isEmpty()) {
            Year of = Year.from(chosen);
            if (year.getListDataView().getItems().noneMatch(of::equals)) {
                year.setItems(Stream.concat(year.getListDataView().getItems(), Stream.of(of))
                        .sorted()
                        .toList());
            }
            year.setValue(of);
            day.setOpened(false);
            day.clear();
            reason.clear();
            refresh();
        }
    }

    private void showProblem(Optional<String> key) {
        problem.setText(key.map(k -> getTranslation(k)).orElse(""));
    }

    private Button removeButton(LibraryClosure closure) {
        Button remove = new Button(getTranslation("hours.closure.remove"), e -> confirmRemove(closure));
        remove.setId("closure-remove-" + closure.getClosedOn());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return remove;
    }

    private void confirmRemove(LibraryClosure closure) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("closure-remove-dialog");
        dialog.setHeader(getTranslation("hours.closure.remove.title"));
        dialog.setText(getTranslation(
                "hours.closure.remove.text", DateTexts.fullDay(closure.getClosedOn()), closure.getReason()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("hours.closure.remove.cancel"));
        dialog.setConfirmText(getTranslation("hours.closure.remove.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            hours.reopen(closure.getClosedOn(), user);
            refresh();
        });
        dialog.open();
    }

    private void refresh() {
        closures.removeAll();
        List<LibraryClosure> days = hours.closures(year.getValue());
        if (days.isEmpty()) {
            closures.add(new Paragraph(getTranslation("hours.closures.none", year.getValue())));
            return;
        }
        NativeTable table = new NativeTable();
        table.addClassName("hours-table");
        header(table, "hours.closure.day", "hours.closure.reason", "hours.closure.by", "hours.closure.action");
        for (LibraryClosure closure : days) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(DateTexts.fullDay(closure.getClosedOn()));
            row.addDataCell().setText(closure.getReason());
            row.addDataCell().setText(closure.getCreatedBy());
            row.addDataCell().add(removeButton(closure));
        }
        closures.add(table);
    }

    private void header(NativeTable table, String... keys) {
        NativeTableRow row = table.getHead().addRow();
        for (String key : keys) {
            NativeTableHeaderCell cell = row.addHeaderCell();
            cell.setText(getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("hours.title");
    }
}
