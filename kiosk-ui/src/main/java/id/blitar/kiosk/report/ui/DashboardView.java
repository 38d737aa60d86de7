package id.blitar.kiosk.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.base.ui.DateTexts;
import id.blitar.kiosk.base.ui.EChart;
import id.blitar.kiosk.poll.domain.SkmElement;
import id.blitar.kiosk.poll.service.SatisfactionIndex;
import id.blitar.kiosk.poll.service.SatisfactionReport;
import id.blitar.kiosk.question.domain.Topic;
import id.blitar.kiosk.report.service.Dashboard;
import id.blitar.kiosk.report.service.Heatmap;
import id.blitar.kiosk.report.service.Period;
import id.blitar.kiosk.report.service.ReportService;
import id.blitar.kiosk.visit.domain.Origin;
import id.blitar.kiosk.visit.domain.VisitPurpose;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The managers' dashboard: visits, questions, events and satisfaction for a period (today, this week,
 * this month or chosen days), each as figures and ECharts charts. The figures are {@link ReportService}'s,
 * the same the official reports at {@code /manage/reports} print.
 */
@Route("manage")
@RolesAllowed("MANAGER")
public class DashboardView extends Div implements HasDynamicTitle {

    private final ReportService reports;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Paragraph problem = new Paragraph();
    private final Span shown = new Span();
    private final Div content = new Div();
    private final Clock clock;

    DashboardView(ReportService reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
        setId("dashboard");
        addClassNames("staff", "manage", "dashboard");

        Anchor back = new Anchor("staff", getTranslation("satisfaction.back"));
        Anchor officialReports = new Anchor("manage/reports", getTranslation("dashboard.toReports"));
        officialReports.setId("dashboard-reports-link");
        from.setLabel(getTranslation("satisfaction.from"));
        from.setId("dashboard-from");
        to.setLabel(getTranslation("satisfaction.to"));
        to.setId("dashboard-to");
        Button show = new Button(getTranslation("satisfaction.show"), e -> refresh());
        show.setId("dashboard-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button day = new Button(getTranslation("dashboard.today"), e -> show(Period.day(today())));
        day.setId("period-today");
        Button week = new Button(getTranslation("dashboard.week"), e -> show(Period.weekUntil(today())));
        week.setId("period-week");
        Button month = new Button(getTranslation("dashboard.month"), e -> show(Period.monthUntil(today())));
        month.setId("period-month");
        HorizontalLayout filter = new HorizontalLayout(day, week, month, from, to, show);
        filter.setAlignItems(HorizontalLayout.Alignment.END);
        filter.setWrap(true);
        filter.addClassName("dashboard-filter");
        problem.setId("dashboard-problem");
        problem.addClassName("dashboard-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        shown.setId("dashboard-period");
        shown.addClassName("dashboard-period");
        content.setId("dashboard-content");

        add(
                new HorizontalLayout(back, officialReports),
                new H1(getTranslation("dashboard.title")),
                filter,
                problem,
                shown,
                content);
        show(Period.weekUntil(today()));
    }

    private void show(Period period) {
        from.setValue(period.from());
        to.setValue(period.to());
        refresh();
    }

    private void refresh() {
        var bad = Period.problem(from.getValue(), to.getValue());
        if (bad.isPresent()) {
            problem.setText(getTranslation(bad.get(), Period.MAX_DAYS));
            problem.setVisible(true);
            return;
        }
        problem.setVisible(false);
        Period period = new Period(from.getValue(), to.getValue());
        shown.setText(getTranslation(
                "dashboard.showing", DateTexts.date(period.from()), DateTexts.date(period.to()), period.days()));
        Dashboard d = reports.dashboard(period);
        content.removeAll();
        content.add(visits(d.visits()), questions(d.questions()), events(d.events()), satisfaction(d.satisfaction()));
    }

    // --- visits ---

    private Div visits(Dashboard.Visits v) {
        Div section = section("visits", getTranslation("dashboard.visits"));
        section.add(tiles(
                tile("people", getTranslation("dashboard.people"), number(v.people())),
                tile("members", getTranslation("dashboard.members"), number(v.members())),
                tile("non-members", getTranslation("dashboard.nonMembers"), number(v.nonMembers())),
                tile("groups", getTranslation("dashboard.groups"), number(v.groups())),
                tile(
                        "average",
                        getTranslation("dashboard.average", v.openingDays()),
                        v.averagePerOpeningDay() == null ? "–" : decimal(v.averagePerOpeningDay()))));

        List<String> days =
                v.perDay().stream().map(x -> DateTexts.dayMonth(x.day())).toList();
        Map<String, List<? extends Number>> perDay = new LinkedHashMap<>();
        perDay.put(
                getTranslation("dashboard.members"),
                v.perDay().stream().map(Dashboard.Day::members).toList());
        perDay.put(
                getTranslation("dashboard.nonMembers"),
                v.perDay().stream().map(Dashboard.Day::nonMembers).toList());
        String perDayText = getTranslation("dashboard.chart.perDay") + ": "
                + v.perDay().stream()
                        .map(x -> DateTexts.dayMonth(x.day()) + " " + x.people())
                        .collect(Collectors.joining(", "));
        Div grid = charts();
        grid.add(card(
                "chart-visits-per-day",
                getTranslation("dashboard.chart.perDay"),
                Charts.bars(days, perDay, true),
                perDayText,
                true));

        Map<String, Long> ages = new LinkedHashMap<>();
        for (AgeGroup group : AgeGroup.values()) {
            ages.put(getTranslation("ageGroup." + group.name()), v.byAgeGroup().get(group));
        }
        grid.add(card(
                "chart-age-groups",
                getTranslation("dashboard.chart.ageGroups"),
                Charts.doughnut(ages),
                text(ages),
                false));

        Map<String, Long> types = new LinkedHashMap<>(v.byMemberType());
        types.put(getTranslation("dashboard.nonMembers"), v.nonMembers());
        grid.add(card(
                "chart-member-types",
                getTranslation("dashboard.chart.memberTypes"),
                Charts.horizontalBars(types),
                text(types),
                false));

        Map<String, Long> purposes = new LinkedHashMap<>();
        for (VisitPurpose p : VisitPurpose.values()) {
            purposes.put(getTranslation("purpose." + p.name()), v.byPurpose().get(p));
        }
        if (v.purposeNotAsked() > 0) {
            purposes.put(getTranslation("dashboard.notAsked"), v.purposeNotAsked());
        }
        grid.add(card(
                "chart-purposes",
                getTranslation("dashboard.chart.purposes"),
                Charts.horizontalBars(purposes),
                text(purposes),
                false));

        Map<String, Long> origins = new LinkedHashMap<>();
        for (Origin o : Origin.values()) {
            origins.put(getTranslation("origin." + o.name()), v.byOrigin().get(o));
        }
        if (v.originNotAsked() > 0) {
            origins.put(getTranslation("dashboard.notAsked"), v.originNotAsked());
        }
        grid.add(card(
                "chart-origins",
                getTranslation("dashboard.chart.origins"),
                Charts.doughnut(origins),
                text(origins),
                false));

        grid.add(heatmap(v.heatmap()));
        section.add(grid);
        return section;
    }

    /** The heatmap's figures come from {@link Heatmap}; this only labels and draws them. */
    private Div heatmap(long[][] counts) {
        Heatmap heatmap = new Heatmap(counts);
        List<String> weekdays = List.of(getTranslation("dashboard.weekdays").split(","));
        List<Integer> hours = heatmap.hours();
        List<List<Long>> cells = heatmap.cells().stream()
                .map(c -> List.of((long) hours.indexOf(c.hour()), (long) c.weekday(), c.people()))
                .toList();
        long max = heatmap.max();
        String alternative = heatmap.busiest()
                .map(b -> getTranslation(
                        "dashboard.chart.heatmap.text",
                        weekdays.get(b.weekday()),
                        String.format("%02d.00", b.hour()),
                        b.people()))
                .orElse(getTranslation("dashboard.chart.heatmap") + ": " + getTranslation("dashboard.none"));
        List<String> hourLabels =
                hours.stream().map(h -> String.format("%02d", h)).toList();
        return card(
                "chart-heatmap",
                getTranslation("dashboard.chart.heatmap"),
                Charts.heatmap(hourLabels, weekdays, cells, max),
                alternative,
                true);
    }

    // --- questions ---

    private Div questions(Dashboard.Questions q) {
        Div section = section("questions", getTranslation("dashboard.questions"));
        section.add(tiles(
                tile("asked", getTranslation("dashboard.asked"), number(q.asked())),
                tile("answered", getTranslation("dashboard.answered"), number(q.answered())),
                tile("claim", getTranslation("dashboard.medianClaim"), minutes(q.medianMinutesToClaim())),
                tile("answer", getTranslation("dashboard.medianAnswer"), minutes(q.medianMinutesToAnswer())),
                tile(
                        "overdue",
                        getTranslation("dashboard.overdue", q.missedDeadline(), q.overdueOpen()),
                        number(q.overdue()))));
        Map<String, Long> topics = new LinkedHashMap<>();
        for (Topic t : Topic.values()) {
            topics.put(getTranslation("ask.topic." + t.name()), q.byTopic().get(t));
        }
        Div grid = charts();
        grid.add(card(
                "chart-topics",
                getTranslation("dashboard.chart.topics"),
                Charts.horizontalBars(topics),
                text(topics),
                false));
        section.add(grid);
        return section;
    }

    // --- events ---

    private Div events(Dashboard.Events e) {
        Div section = section("events", getTranslation("dashboard.events"));
        section.add(tiles(
                tile("activities", getTranslation("dashboard.activities", e.sessions()), number(e.activities())),
                tile("fill", getTranslation("dashboard.fillRate", e.confirmed(), e.capacity()), percent(e.fillRate())),
                tile("attended", getTranslation("dashboard.attended"), number(e.attended())),
                tile("no-shows", getTranslation("dashboard.noShows"), number(e.noShows())),
                tile("attendance", getTranslation("dashboard.attendanceRate"), percent(e.attendanceRate()))));
        if (e.rows().isEmpty()) {
            section.add(new Paragraph(getTranslation("dashboard.events.none")));
            return section;
        }
        List<String> titles = e.rows().stream()
                .map(r -> r.title().length() > 28 ? r.title().substring(0, 27) + "…" : r.title())
                .toList();
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        series.put(
                getTranslation("dashboard.capacity"),
                e.rows().stream().map(Dashboard.Event::capacity).toList());
        series.put(
                getTranslation("dashboard.confirmed"),
                e.rows().stream().map(Dashboard.Event::confirmed).toList());
        series.put(
                getTranslation("dashboard.attended"),
                e.rows().stream().map(Dashboard.Event::attended).toList());
        series.put(
                getTranslation("dashboard.noShows"),
                e.rows().stream().map(Dashboard.Event::noShows).toList());
        String alternative = getTranslation("dashboard.chart.events") + ": "
                + e.rows().stream()
                        .map(r -> getTranslation(
                                "dashboard.chart.events.row",
                                r.title(),
                                r.capacity(),
                                r.confirmed(),
                                r.attended(),
                                r.noShows()))
                        .collect(Collectors.joining("; "));
        Div grid = charts();
        grid.add(card(
                "chart-events",
                getTranslation("dashboard.chart.events"),
                Charts.bars(titles, series, false),
                alternative,
                true));
        section.add(grid);
        return section;
    }

    // --- satisfaction ---

    private Div satisfaction(SatisfactionReport.Figures f) {
        Div section = section("satisfaction", getTranslation("dashboard.satisfaction"));
        SatisfactionIndex ikm = f.ikm().orElse(null);
        section.add(tiles(
                tile(
                        "happy",
                        getTranslation("satisfaction.happyIndex"),
                        f.answers() == 0 ? "–" : decimal(f.happyIndex())),
                tile("poll-answers", getTranslation("satisfaction.answers"), number(f.answers())),
                tile(
                        "ikm",
                        getTranslation("satisfaction.ikm"),
                        ikm == null
                                ? "–"
                                : decimal(ikm.converted()) + " (" + ikm.category() + " – "
                                        + getTranslation("satisfaction.category." + ikm.category()) + ")")));
        Div grid = charts();
        List<SatisfactionReport.HappyRow> trend = f.byDay().size() > 31 ? f.byWeek() : f.byDay();
        List<String> keys = trend.stream().map(SatisfactionReport.HappyRow::key).toList();
        List<Double> values =
                trend.stream().map(r -> Math.round(r.happyIndex() * 10) / 10.0).toList();
        String trendText = getTranslation("dashboard.chart.happy") + ": "
                + (trend.isEmpty()
                        ? getTranslation("dashboard.none")
                        : trend.stream()
                                .map(r -> r.key() + " " + decimal(r.happyIndex()))
                                .collect(Collectors.joining(", ")));
        grid.add(card(
                "chart-happy",
                getTranslation("dashboard.chart.happy"),
                Charts.line(keys, getTranslation("satisfaction.happyIndex"), values, 100),
                trendText,
                true));
        Map<String, Double> elements = new LinkedHashMap<>();
        for (SkmElement e : SkmElement.values()) {
            Double nrr = ikm == null ? null : ikm.elementAverages().get(e);
            elements.put("U" + (e.ordinal() + 1), nrr == null ? null : Math.round(nrr * 100) / 100.0);
        }
        Map<String, List<? extends Number>> nrr = new LinkedHashMap<>();
        nrr.put("NRR", new ArrayList<>(elements.values()));
        String elementText = getTranslation("dashboard.chart.skm") + ": "
                + java.util.Arrays.stream(SkmElement.values())
                        .map(e -> "U" + (e.ordinal() + 1) + " " + getTranslation("satisfaction.element." + e.name())
                                + " "
                                + (elements.get("U" + (e.ordinal() + 1)) == null
                                        ? "–"
                                        : decimal(elements.get("U" + (e.ordinal() + 1)))))
                        .collect(Collectors.joining(", "));
        Map<String, Object> skmOption = Charts.bars(new ArrayList<>(elements.keySet()), nrr, false);
        skmOption.put("yAxis", Map.of("type", "value", "min", 0, "max", 4));
        grid.add(card("chart-skm", getTranslation("dashboard.chart.skm"), skmOption, elementText, false));
        section.add(grid);
        return section;
    }

    // --- pieces ---

    private Div section(String id, String title) {
        Div section = new Div(new H2(title));
        section.setId("section-" + id);
        section.addClassName("dashboard-section");
        return section;
    }

    private static Div charts() {
        Div grid = new Div();
        grid.addClassName("dashboard-charts");
        return grid;
    }

    /** A chart with its heading and, under it, the same figures as text (for everyone, not only screen readers). */
    private Div card(String id, String title, Map<String, Object> option, String alternative, boolean wide) {
        EChart chart = new EChart(id, alternative);
        chart.setOption(option, alternative);
        Paragraph figures = new Paragraph(alternative);
        figures.addClassName("dashboard-figures");
        Div card = new Div(new H3(title), chart, figures);
        card.addClassName("dashboard-card");
        if (wide) {
            card.addClassName("dashboard-card-wide");
        }
        return card;
    }

    private String text(Map<String, ? extends Number> values) {
        return values.entrySet().stream()
                .map(e -> e.getKey() + " "
                        + (e.getValue() == null ? "–" : number(e.getValue().longValue())))
                .collect(Collectors.joining(", "));
    }

    private static Div tiles(Div... tiles) {
        Div summary = new Div(tiles);
        summary.addClassName("manage-summary");
        return summary;
    }

    private static Div tile(String id, String label, String value) {
        Span v = new Span(value);
        v.setId("tile-" + id);
        v.addClassName("manage-tile-value");
        Span l = new Span(label);
        l.addClassName("manage-tile-label");
        Div tile = new Div(v, l);
        tile.addClassName("manage-tile");
        return tile;
    }

    private Locale locale() {
        return getLocale() == null ? Locale.ROOT : getLocale();
    }

    private String number(long value) {
        return String.format(locale(), "%,d", value);
    }

    private String decimal(double value) {
        return Double.isNaN(value) ? "–" : String.format(locale(), "%.2f", value);
    }

    private String percent(Double value) {
        return value == null ? "–" : String.format(locale(), "%.1f %%", value);
    }

    private String minutes(Double value) {
        return value == null ? "–" : getTranslation("dashboard.minutes", String.format(locale(), "%.0f", value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }

    /** Asked at every click: a dashboard left open overnight still means the day it is now. */
    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
