package id.blitar.kiosk.poll.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.blitar.kiosk.base.InputCheck;
import id.blitar.kiosk.base.ui.DateTexts;
import id.blitar.kiosk.poll.domain.FeedbackAction;
import id.blitar.kiosk.poll.domain.Mood;
import id.blitar.kiosk.poll.domain.SkmElement;
import id.blitar.kiosk.poll.process.FollowUp;
import id.blitar.kiosk.poll.process.PollProcess;
import id.blitar.kiosk.poll.service.SatisfactionIndex;
import id.blitar.kiosk.poll.service.SatisfactionReport;
import id.blitar.kiosk.poll.service.SatisfactionReport.Figures;
import id.blitar.kiosk.poll.service.SatisfactionReport.HappyRow;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Managers' view of the exit poll: the Happy Index per day, week, kiosk and service used; the SKM per
 * element and the IKM with its category for a chosen period (a semester for the official report);
 * the open follow-ups of unhappy visitors; CSV export; and the "Anda berkata → Kami lakukan" items.
 */
@Route("manage/satisfaction")
@RolesAllowed("MANAGER")
public class SatisfactionView extends Div implements HasDynamicTitle {

    private final SatisfactionReport report;
    private final PollProcess pollProcess;
    private final AuthenticationContext authentication;
    private final Clock clock;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Div figures = new Div();
    private final Div followUps = new Div();
    private final Div actions = new Div();

    SatisfactionView(
            SatisfactionReport report, PollProcess pollProcess, AuthenticationContext authentication, Clock clock) {
        this.report = report;
        this.pollProcess = pollProcess;
        this.authentication = authentication;
        this.clock = clock;
        setId("satisfaction");
        addClassNames("staff", "manage");

        LocalDate today = LocalDate.now(clock);
        from.setLabel(getTranslation("satisfaction.from"));
        from.setId("satisfaction-from");
        from.setValue(today.withDayOfMonth(1));
        to.setLabel(getTranslation("satisfaction.to"));
        to.setId("satisfaction-to");
        to.setValue(today);
        Button show = new Button(getTranslation("satisfaction.show"), e -> refresh());
        show.setId("satisfaction-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button month =
                new Button(getTranslation("satisfaction.thisMonth"), e -> period(today.withDayOfMonth(1), today));
        LocalDate semesterStart =
                today.getMonthValue() <= 6 ? today.withDayOfYear(1) : LocalDate.of(today.getYear(), 7, 1);
        Button semester = new Button(getTranslation("satisfaction.thisSemester"), e -> period(semesterStart, today));
        semester.setId("satisfaction-semester");
        Anchor back = new Anchor("staff", getTranslation("satisfaction.back"));
        HorizontalLayout filter = new HorizontalLayout(from, to, show, month, semester);
        filter.setAlignItems(HorizontalLayout.Alignment.END);
        filter.setWrap(true);

        figures.setId("satisfaction-figures");
        followUps.setId("follow-ups");
        actions.setId("published-actions");
        add(
                back,
                new H1(getTranslation("satisfaction.title")),
                filter,
                figures,
                new H2(getTranslation("satisfaction.followUps")),
                followUps,
                new H2(getTranslation("satisfaction.actions")),
                actions);
        refresh();
    }

    private void period(LocalDate start, LocalDate end) {
        from.setValue(start);
        to.setValue(end);
        refresh();
    }

    private void refresh() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        if (start == null || end == null || end.isBefore(start)) {
            Notification.show(getTranslation("satisfaction.badPeriod"));
            return;
        }
        showFigures(report.figures(start, end));
        showFollowUps();
        showActions();
    }

    private void showFigures(Figures f) {
        figures.removeAll();
        Div summary = new Div();
        summary.addClassName("manage-summary");
        summary.add(
                tile("hi", getTranslation("satisfaction.happyIndex"), f.answers() == 0 ? "–" : format(f.happyIndex())));
        summary.add(tile("answers", getTranslation("satisfaction.answers"), String.valueOf(f.answers())));
        summary.add(tile("filtered", getTranslation("satisfaction.filtered"), String.valueOf(f.filteredTaps())));
        f.ikm()
                .ifPresentOrElse(
                        ikm -> summary.add(tile(
                                "ikm",
                                getTranslation("satisfaction.ikm"),
                                format(ikm.converted()) + " (" + ikm.category() + " \u2013 "
                                        + getTranslation("satisfaction.category." + ikm.category()) + ")")),
                        () -> summary.add(tile("ikm", getTranslation("satisfaction.ikm"), "–")));
        figures.add(summary);

        figures.add(new H2(getTranslation("satisfaction.byDay")), happyGrid("by-day", f.byDay(), r -> r.key()));
        figures.add(
                new H2(getTranslation("satisfaction.byWeek")),
                happyGrid("by-week", f.byWeek(), r -> getTranslation("satisfaction.weekOf", r.key())));
        figures.add(new H2(getTranslation("satisfaction.byKiosk")), happyGrid("by-kiosk", f.byKiosk(), r -> r.key()));
        figures.add(
                new H2(getTranslation("satisfaction.byService")),
                happyGrid("by-service", f.byService(), r -> getTranslation("satisfaction.service." + r.key())));

        figures.add(new H2(getTranslation("satisfaction.skm")));
        Grid<SkmElement> skm = new Grid<>();
        skm.setId("skm-elements");
        skm.setAllRowsVisible(true);
        SatisfactionIndex ikm = f.ikm().orElse(null);
        skm.addColumn(e -> "U" + (e.ordinal() + 1) + " " + getTranslation("satisfaction.element." + e.name()))
                .setHeader(getTranslation("satisfaction.element"))
                .setAutoWidth(true);
        skm.addColumn(e -> ikm == null ? 0 : ikm.answersPerElement().getOrDefault(e, 0))
                .setHeader(getTranslation("satisfaction.answers"));
        skm.addColumn(e -> ikm == null || !ikm.elementAverages().containsKey(e)
                        ? "–"
                        : format(ikm.elementAverages().get(e)))
                .setHeader(getTranslation("satisfaction.average"));
        skm.setItems(SkmElement.values());
        figures.add(skm);
        if (ikm != null) {
            Paragraph line = new Paragraph(getTranslation(
                    "satisfaction.ikm.line",
                    format(ikm.index()),
                    format(ikm.converted()),
                    ikm.category().name(),
                    getTranslation("satisfaction.category." + ikm.category())));
            line.setId("ikm-line");
            figures.add(line);
        }

        LocalDate start = f.from();
        LocalDate end = f.to();
        StreamResource csv = new StreamResource(
                "kepuasan-" + start + "-" + end + ".csv",
                () -> new ByteArrayInputStream(report.csv(start, end).getBytes(StandardCharsets.UTF_8)));
        csv.setContentType("text/csv; charset=UTF-8");
        Anchor download = new Anchor(csv, getTranslation("satisfaction.csv"));
        download.setId("satisfaction-csv");
        download.getElement().setAttribute("download", true);
        figures.add(download);
    }

    private Grid<HappyRow> happyGrid(
            String id, List<HappyRow> rows, java.util.function.Function<HappyRow, String> key) {
        Grid<HappyRow> grid = new Grid<>();
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.addColumn(key::apply).setHeader("").setAutoWidth(true);
        grid.addColumn(HappyRow::answers).setHeader(getTranslation("satisfaction.answers"));
        grid.addColumn(r -> format(r.happyIndex())).setHeader(getTranslation("satisfaction.happyIndex"));
        for (Mood mood : Mood.values()) {
            grid.addColumn(r -> r.moods().get(mood)).setHeader(getTranslation("mood." + mood.name()));
        }
        grid.setItems(rows);
        grid.setEmptyStateText(getTranslation("satisfaction.empty"));
        return grid;
    }

    private void showFollowUps() {
        followUps.removeAll();
        List<FollowUp> open = pollProcess.openFollowUps();
        if (open.isEmpty()) {
            followUps.add(new Paragraph(getTranslation("satisfaction.followUps.none")));
        }
        for (FollowUp item : open) {
            followUps.add(followUpCard(item));
        }
    }

    private Div followUpCard(FollowUp item) {
        Div card = new Div();
        card.addClassName("work-item");
        card.getElement().setAttribute("data-task-id", item.taskId());
        Span when = new Span(DateTexts.dateTime(item.answeredAt()) + " \u00b7 " + item.kiosk() + " \u00b7 "
                + getTranslation("mood." + item.mood().name()));
        Paragraph comment = new Paragraph("\u201c" + item.comment() + "\u201d");
        comment.addClassName("follow-up-comment");
        Span due = new Span(
                item.dueAt() == null
                        ? ""
                        : getTranslation(
                                item.overdue() ? "satisfaction.overdue" : "satisfaction.due",
                                DateTexts.dateTime(item.dueAt())));
        due.addClassName(item.overdue() ? "badge-overdue" : "badge-due");
        if (!item.improvements().isEmpty()) {
            card.add(new Paragraph(String.join(
                    ", ",
                    item.improvements().stream()
                            .map(i -> getTranslation("improvement." + i.name()))
                            .toList())));
        }
        TextArea action = new TextArea(getTranslation("satisfaction.actionTaken"));
        action.setId("action-taken");
        action.setWidthFull();
        action.setMaxLength(InputCheck.MAX_QUESTION_LENGTH);
        Checkbox publish = new Checkbox(getTranslation("satisfaction.publish"));
        publish.setId("action-publish");
        TextField youSaid = new TextField(getTranslation("satisfaction.youSaid"));
        youSaid.setId("action-you-said");
        youSaid.setMaxLength(FeedbackAction.MAX_TEXT);
        youSaid.setWidthFull();
        youSaid.setValue(
                item.comment().length() > FeedbackAction.MAX_TEXT
                        ? item.comment().substring(0, FeedbackAction.MAX_TEXT)
                        : item.comment());
        TextField weDid = new TextField(getTranslation("satisfaction.weDid"));
        weDid.setId("action-we-did");
        weDid.setMaxLength(FeedbackAction.MAX_TEXT);
        weDid.setWidthFull();
        youSaid.setVisible(false);
        weDid.setVisible(false);
        publish.addValueChangeListener(e -> {
            youSaid.setVisible(e.getValue());
            weDid.setVisible(e.getValue());
        });
        Button save = new Button(getTranslation("satisfaction.save"), e -> {
            String user = authentication.getPrincipalName().orElse("");
            List<String> problems = pollProcess.review(
                    item.taskId(), user, action.getValue(), publish.getValue(), youSaid.getValue(), weDid.getValue());
            if (problems.isEmpty()) {
                Notification.show(getTranslation("satisfaction.saved"));
                refresh();
            } else {
                Notification.show(String.join(
                        " ", problems.stream().map(this::getTranslation).toList()));
            }
        });
        save.setId("action-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(when, due, comment, action, publish, youSaid, weDid, save);
        return card;
    }

    private void showActions() {
        actions.removeAll();
        List<FeedbackAction> published = pollProcess.publishedActions();
        if (published.isEmpty()) {
            actions.add(new Paragraph(getTranslation("satisfaction.actions.none")));
        }
        for (FeedbackAction a : published) {
            Button withdraw = new Button(getTranslation("satisfaction.withdraw"), e -> {
                pollProcess.withdrawAction(a.getId());
                showActions();
            });
            Div line = new Div(
                    new Paragraph(getTranslation("attract.actions.youSaid", a.getYouSaid())),
                    new Paragraph(getTranslation("attract.actions.weDid", a.getWeDid())),
                    withdraw);
            line.addClassName("work-item");
            actions.add(line);
        }
    }

    private Div tile(String id, String label, String value) {
        Span v = new Span(value);
        v.setId("tile-" + id);
        v.addClassName("manage-tile-value");
        Span l = new Span(label);
        l.addClassName("manage-tile-label");
        Div tile = new Div(v, l);
        tile.addClassName("manage-tile");
        return tile;
    }

    private String format(double value) {
        return Double.isNaN(value)
                ? "–"
                : String.format(getLocale() == null ? Locale.ROOT : getLocale(), "%.2f", value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("satisfaction.title");
    }
}
