package id.blitar.kiosk.visit.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
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
import id.blitar.kiosk.visit.domain.VisitPurpose;
import id.blitar.kiosk.visit.process.CheckInResult;
import id.blitar.kiosk.visit.process.VisitProcess;
import id.blitar.kiosk.visit.service.Arrival.GuestArrival;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Check-in of a visitor without a card: age group, purpose and origin as big buttons, an optional
 * institution, and consent that says what is stored and for how long. No name is asked.
 */
@Route(value = "check-in/guest", layout = KioskLayout.class)
@AnonymousAllowed
public class GuestCheckInView extends Div implements HasDynamicTitle {

    private final VisitProcess visitProcess;
    private final KioskUiProperties settings;
    private final ChoiceGroup<AgeGroup> ageGroup;
    private final ChoiceGroup<VisitPurpose> purpose;
    private final ChoiceGroup<Origin> origin;
    private final TextField institution = new TextField();
    private final Checkbox consent = new Checkbox();
    private final Div error = KioskParts.errorArea("guest-error");

    GuestCheckInView(VisitProcess visitProcess, KioskUiProperties settings) {
        this.visitProcess = visitProcess;
        this.settings = settings;
        setId("guest");
        addClassName("kiosk-form");
        addClassName("kiosk-content");

        ageGroup = new ChoiceGroup<>(
                "age-group",
                getTranslation("guest.ageGroup"),
                ageGroups(),
                g -> getTranslation("ageGroup." + g.name()),
                true);
        purpose = new ChoiceGroup<>(
                "purpose", getTranslation("guest.purpose"), purposes(), p -> getTranslation("purpose." + p.name()));
        origin = new ChoiceGroup<>(
                "origin", getTranslation("guest.origin"), VisitUi.origins(), o -> getTranslation("origin." + o.name()));

        OnScreenKeyboard keyboard =
                VisitUi.withKeyboard(institution, "institution", getTranslation("guest.institution"));
        institution.setHelperText(getTranslation("guest.institution.helper"));
        Div consentRow = VisitUi.consent(
                consent, "consent", getTranslation("guest.consent.short"), getTranslation("guest.consent"));
        Div actions = VisitUi.backAndSubmit(this, "guest-submit", getTranslation("guest.submit"), this::submit);

        add(
                new H1(getTranslation("guest.title")),
                VisitUi.column(ageGroup, purpose, origin),
                VisitUi.column(institution, keyboard, KioskParts.bottomActions(consentRow, error, actions)));
    }

    private void submit() {
        GuestArrival arrival = new GuestArrival(
                ageGroup.value().orElse(null),
                purpose.value().orElse(null),
                origin.value().orElse(null),
                institution.getValue(),
                consent.getValue(),
                KioskSession.kioskName());
        CheckInResult result = visitProcess.checkInGuest(arrival);
        if (result instanceof CheckInResult.Welcomed w) {
            removeAll();
            removeClassNames("kiosk-content", "kiosk-form");
            add(new ResultPanel(
                    VaadinIcon.CHECK_CIRCLE,
                    getTranslation("welcome.guestTitle"),
                    List.of(getTranslation("welcome.libraryNumber", w.visitNumberThisYear())),
                    false,
                    settings.welcomeSeconds()));
        } else if (result instanceof CheckInResult.Rejected r) {
            error.setText(String.join(
                    " ", r.problems().stream().map(this::getTranslation).toList()));
        }
    }

    private static Map<AgeGroup, VaadinIcon> ageGroups() {
        Map<AgeGroup, VaadinIcon> options = new LinkedHashMap<>();
        options.put(AgeGroup.CHILD, VaadinIcon.CHILD);
        options.put(AgeGroup.TEEN, VaadinIcon.ACADEMY_CAP);
        options.put(AgeGroup.ADULT, VaadinIcon.USER);
        options.put(AgeGroup.ELDERLY, VaadinIcon.USER_HEART);
        return options;
    }

    private static Map<VisitPurpose, VaadinIcon> purposes() {
        Map<VisitPurpose, VaadinIcon> options = new LinkedHashMap<>();
        options.put(VisitPurpose.READING, VaadinIcon.BOOK);
        options.put(VisitPurpose.BORROWING, VaadinIcon.EXCHANGE);
        options.put(VisitPurpose.STUDYING, VaadinIcon.PENCIL);
        options.put(VisitPurpose.INTERNET, VaadinIcon.GLOBE);
        options.put(VisitPurpose.EVENT, VaadinIcon.CALENDAR_USER);
        options.put(VisitPurpose.OTHER, VaadinIcon.ELLIPSIS_DOTS_H);
        return options;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("guest.title");
    }
}
