package id.blitar.kiosk.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import id.blitar.kiosk.base.ui.DateTexts;
import id.blitar.kiosk.report.service.OfficialReports;
import id.blitar.kiosk.report.service.Period;
import id.blitar.kiosk.report.service.ReportFiles;
import id.blitar.kiosk.report.service.ReportTable;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The official reports: monthly visits by member type, the IPLM figures of a period and the SKM/IKM of
 * a semester. The manager picks the period, sees the table and downloads it as CSV or XLSX.
 */
@Route("manage/reports")
@RolesAllowed("MANAGER")
public class ReportsView extends Div implements HasDynamicTitle {

    /** A semester of a year, as the SKM is reported. */
    record Semester(int year, int half) {}

    private final OfficialReports reports;
    private final Div monthly = new Div();
    private final Div iplm = new Div();
    private final Div skm = new Div();

    ReportsView(OfficialReports reports, Clock clock) {
        this.reports = reports;
        setId("reports");
        addClassNames("staff", "manage", "dashboard");
        LocalDate today = LocalDate.now(clock);

        Anchor back = new Anchor("staff", getTranslation("satisfaction.back"));
        Anchor dashboard = new Anchor("manage", getTranslation("staff.dashboard"));
        dashboard.setId("reports-dashboard-link");
        add(new HorizontalLayout(back, dashboard), new H1(getTranslation("reports.title")));
        add(new Paragraph(getTranslation("reports.intro")));

        // Monthly visits: this month and the 23 before it.
        Select<YearMonth> month = new Select<>();
        month.setId("report-month");
        month.setLabel(getTranslation("reports.month"));
        month.setWidth("16rem");
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            months.add(YearMonth.from(today).minusMonths(i));
        }
        month.setItems(months);
        month.setItemLabelGenerator(DateTexts::monthYear);
        month.setValue(months.get(0));
        month.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(monthly, "monthly", () -> reports.monthlyVisits(e.getValue()));
            }
        });
        monthly.setId("monthly-report");
        add(block(getTranslation("reports.monthly"), getTranslation("reports.monthly.hint"), month), monthly);
        show(monthly, "monthly", () -> reports.monthlyVisits(month.getValue()));

        // IPLM: any period, this year so far to begin with.
        DatePicker from = new DatePicker(getTranslation("satisfaction.from"), today.withDayOfYear(1));
        from.setId("iplm-from");
        DatePicker to = new DatePicker(getTranslation("satisfaction.to"), today);
        to.setId("iplm-to");
        Button showIplm = new Button(getTranslation("satisfaction.show"));
        showIplm.setId("iplm-show");
        showIplm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        showIplm.addClickListener(e -> showIplm(from.getValue(), to.getValue()));
        iplm.setId("iplm-report");
        add(block(getTranslation("reports.iplm"), getTranslation("reports.iplm.hint"), from, to, showIplm), iplm);
        showIplm(from.getValue(), to.getValue());

        // SKM per semester: this one and the five before it.
        Select<Semester> semester = new Select<>();
        semester.setId("report-semester");
        semester.setLabel(getTranslation("reports.semester"));
        semester.setWidth("16rem");
        List<Semester> semesters = new ArrayList<>();
        Semester current = new Semester(today.getYear(), today.getMonthValue() <= 6 ? 1 : 2);
        for (int i = 0; i < 6; i++) {
            semesters.add(current);
            current = current.half() == 2 ? new Semester(current.year(), 1) : new Semester(current.year() - 1, 2);
        }
        semester.setItems(semesters);
        semester.setItemLabelGenerator(
                s -> getTranslation("reports.semester.item", s.half(), String.valueOf(s.year())));
        semester.setValue(semesters.get(0));
        semester.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(
                        skm,
                        "skm",
                        () -> reports.skm(e.getValue().year(), e.getValue().half()));
            }
        });
        skm.setId("skm-report");
        add(block(getTranslation("reports.skm"), getTranslation("reports.skm.hint"), semester), skm);
        show(
                skm,
                "skm",
                () -> reports.skm(semesters.get(0).year(), semesters.get(0).half()));
    }

    private void showIplm(LocalDate from, LocalDate to) {
        var problem = Period.problem(from, to);
        if (problem.isPresent()) {
            iplm.removeAll();
            Paragraph message = new Paragraph(getTranslation(problem.get(), Period.MAX_DAYS));
            message.setId("iplm-problem");
            message.addClassName("dashboard-problem");
            message.getElement().setAttribute("role", "alert");
            iplm.add(message);
            return;
        }
        Period period = new Period(from, to);
        show(iplm, "iplm", () -> reports.iplm(period));
    }

    private Div block(String title, String hint, com.vaadin.flow.component.Component... pickers) {
        HorizontalLayout row = new HorizontalLayout(pickers);
        row.setAlignItems(HorizontalLayout.Alignment.END);
        row.setWrap(true);
        Paragraph text = new Paragraph(hint);
        text.addClassName("programme-hint");
        Div block = new Div(new H2(title), text, row);
        block.addClassName("report-block");
        return block;
    }

    /** The preview table and the two downloads; the files are made when they are downloaded. */
    private void show(Div target, String id, Supplier<ReportTable> report) {
        ReportTable table = report.get();
        target.removeAll();
        StreamResource csv = new StreamResource(
                table.name() + ".csv", () -> new ByteArrayInputStream(ReportFiles.csv(report.get())));
        csv.setContentType(ReportFiles.CSV_TYPE);
        StreamResource xlsx = new StreamResource(
                table.name() + ".xlsx", () -> new ByteArrayInputStream(ReportFiles.xlsx(report.get())));
        xlsx.setContentType(ReportFiles.XLSX_TYPE);
        Anchor csvLink = new Anchor(csv, getTranslation("reports.csv"));
        csvLink.setId(id + "-csv");
        csvLink.getElement().setAttribute("download", true);
        Anchor xlsxLink = new Anchor(xlsx, getTranslation("reports.xlsx"));
        xlsxLink.setId(id + "-xlsx");
        xlsxLink.getElement().setAttribute("download", true);
        HorizontalLayout downloads = new HorizontalLayout(xlsxLink, csvLink);
        downloads.addClassName("report-downloads");

        Div preview = new Div();
        preview.setId(id + "-preview");
        preview.addClassName("report-preview");
        // A scrolling region must be reachable by keyboard (WCAG 2.1.1).
        preview.getElement().setAttribute("tabindex", "0");
        preview.getElement().setAttribute("aria-label", table.title());
        preview.getElement().appendChild(html(table));
        target.add(downloads, preview);
    }

    private static Element html(ReportTable table) {
        Element t = new Element("table");
        t.getClassList().add("programme-table");
        t.getClassList().add("report-table");
        Element caption = new Element("caption");
        caption.setText(table.title() + " — "
                + String.join(
                        " · ",
                        table.lines().subList(0, Math.min(2, table.lines().size()))));
        t.appendChild(caption);
        Element head = new Element("tr");
        for (String h : table.header()) {
            Element th = new Element("th");
            th.setAttribute("scope", "col");
            th.setText(h);
            head.appendChild(th);
        }
        t.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (int i = 0; i < table.rows().size(); i++) {
            Element tr = new Element("tr");
            if (table.totalRows().contains(i)) {
                tr.getClassList().add("report-total");
            }
            List<Object> row = table.rows().get(i);
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                Element cell = new Element(c == 0 ? "th" : "td");
                if (c == 0) {
                    cell.setAttribute("scope", "row");
                }
                if (value instanceof Number n) {
                    cell.getClassList().add("programme-number");
                    cell.setText(
                            n instanceof Double d
                                    ? String.format(Locale.forLanguageTag("id"), "%.2f", d)
                                    : n.toString());
                } else {
                    cell.setText(value == null ? "" : value.toString());
                }
                tr.appendChild(cell);
            }
            body.appendChild(tr);
        }
        t.appendChild(body);
        return t;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.title");
    }
}
