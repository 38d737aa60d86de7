package id.blitar.kiosk.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.base.ui.ChoiceGroup;
import id.blitar.kiosk.base.ui.KioskLayout;
import id.blitar.kiosk.base.ui.KioskParts;
import id.blitar.kiosk.base.ui.KioskSession;
import id.blitar.kiosk.base.ui.KioskUiProperties;
import id.blitar.kiosk.base.ui.OnScreenKeyboard;
import id.blitar.kiosk.base.ui.ResultPanel;
import id.blitar.kiosk.visit.domain.Origin;
import id.blitar.kiosk.visit.process.CheckInResult;
import id.blitar.kiosk.visit.process.VisitProcess;
import id.blitar.kiosk.visit.service.Arrival.GroupArrival;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Check-in of a school class or other group, once, by its leader: institution and head counts. */
@Route(value = "check-in/group", layout = KioskLayout.class)
@AnonymousAllowed
public class GroupCheckInView extends Div implements HasDynamicTitle {

    private final VisitProcess visitProcess;
    private final KioskUiProperties settings;
    private final TextField institution = new TextField();
    private final ChoiceGroup<Origin> origin;
    private final Map<AgeGroup, Integer> counts = new EnumMap<>(AgeGroup.class);
    private final Map<AgeGroup, Span> countLabels = new EnumMap<>(AgeGroup.class);
    private final Span total = new Span();
    private final Checkbox consent = new Checkbox();
    private final Div error = KioskParts.errorArea("group-error");

    GroupCheckInView(VisitProcess visitProcess, KioskUiProperties settings) {
        this.visitProcess = visitProcess;
        this.settings = settings;
        setId("group");
        addClassNames("kiosk-content", "kiosk-form");

        OnScreenKeyboard keyboard =
                VisitUi.withKeyboard(institution, "group-institution", getTranslation("group.institution"));
        institution.setRequiredIndicatorVisible(true);

        origin = new ChoiceGroup<>(
                "group-origin",
                getTranslation("guest.origin"),
                VisitUi.origins(),
                o -> getTranslation("origin." + o.name()));

        Paragraph countsTitle = new Paragraph(getTranslation("group.counts"));
        countsTitle.addClassName("kiosk-choice-label");
        Div counters = new Div();
        counters.addClassNames("kiosk-actions", "kiosk-counters");
        for (AgeGroup group : AgeGroup.values()) {
            counts.put(group, 0);
            counters.add(counter(group));
        }
        total.setId("group-total");
        total.addClassName("kiosk-choice-label");
        updateTotal();

        Div consentRow = VisitUi.consent(
                consent, "group-consent", getTranslation("group.consent.short"), getTranslation("group.consent"));
        Div actions = VisitUi.backAndSubmit(this, "group-submit", getTranslation("group.submit"), this::submit);

        add(
                new H1(getTranslation("group.title")),
                VisitUi.column(institution, keyboard, origin),
                VisitUi.column(countsTitle, counters, total, KioskParts.bottomActions(consentRow, error, actions)));
    }

    private Div counter(AgeGroup group) {
        String id = "count-" + group.name().toLowerCase(java.util.Locale.ROOT);
        Span label = new Span(getTranslation("ageGroup." + group.name()));
        Span value = new Span("0");
        value.setId(id);
        value.addClassName("kiosk-counter-value");
        value.getElement().setAttribute("aria-live", "polite");
        countLabels.put(group, value);
        Button minus = new Button(VaadinIcon.MINUS.create(), e -> change(group, -1));
        minus.setId(id + "-minus");
        minus.setAriaLabel(getTranslation("group.minus", label.getText()));
        Button plus = new Button(VaadinIcon.PLUS.create(), e -> change(group, 1));
        plus.setId(id + "-plus");
        plus.setAriaLabel(getTranslation("group.plus", label.getText()));
        Button plusTen = new Button("+10", e -> change(group, 10));
        plusTen.setId(id + "-plus10");
        plusTen.addClassName("kiosk-counter-ten");
        plusTen.setAriaLabel(getTranslation("group.plusTen", label.getText()));
        Div row = new Div(label, minus, value, plus, plusTen);
        row.addClassName("kiosk-counter");
        return row;
    }

    private void change(AgeGroup group, int delta) {
        int next = Math.max(0, Math.min(999, counts.get(group) + delta));
        counts.put(group, next);
        countLabels.get(group).setText(String.valueOf(next));
        updateTotal();
    }

    private void updateTotal() {
        int sum = counts.values().stream().mapToInt(Integer::intValue).sum();
        total.setText(getTranslation("group.total", sum));
    }

    private void submit() {
        GroupArrival arrival = new GroupArrival(
                institution.getValue(),
                origin.value().orElse(null),
                counts.get(AgeGroup.CHILD),
                counts.get(AgeGroup.TEEN),
                counts.get(AgeGroup.ADULT),
                counts.get(AgeGroup.ELDERLY),
                consent.getValue(),
                KioskSession.kioskName());
        CheckInResult result = visitProcess.checkInGroup(arrival);
        if (result instanceof CheckInResult.Welcomed w) {
            removeAll();
            removeClassNames("kiosk-content", "kiosk-form");
            add(new ResultPanel(
                    VaadinIcon.CHECK_CIRCLE,
                    getTranslation("welcome.groupTitle"),
                    List.of(getTranslation("welcome.groupDetail", arrival.headCount())),
                    false,
                    settings.welcomeSeconds()));
        } else if (result instanceof CheckInResult.Rejected r) {
            error.setText(String.join(
                    " ", r.problems().stream().map(this::getTranslation).toList()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("group.title");
    }
}
