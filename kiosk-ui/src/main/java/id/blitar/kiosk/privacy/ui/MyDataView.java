package id.blitar.kiosk.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.blitar.kiosk.base.ui.CardScanPanel;
import id.blitar.kiosk.base.ui.DateTexts;
import id.blitar.kiosk.base.ui.KioskLayout;
import id.blitar.kiosk.base.ui.KioskParts;
import id.blitar.kiosk.base.ui.KioskSession;
import id.blitar.kiosk.base.ui.OnScreenKeyboard;
import id.blitar.kiosk.base.ui.ResultPanel;
import id.blitar.kiosk.base.ui.ScanTarget;
import id.blitar.kiosk.codes.BarcodeService;
import id.blitar.kiosk.privacy.process.DataRequestProcess;
import id.blitar.kiosk.privacy.process.DataRequestProcess.EmailCodeResult;
import id.blitar.kiosk.privacy.process.DataRequestProcess.Lookup;
import id.blitar.kiosk.privacy.process.DataRequestProcess.RequestResult;
import id.blitar.kiosk.privacy.process.DataRequestProcess.RequestState;
import id.blitar.kiosk.privacy.process.EmailChallenge;
import id.blitar.kiosk.privacy.service.PersonalData;
import id.blitar.kiosk.privacy.service.PersonalDataService;
import id.blitar.kiosk.privacy.service.Subject;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * "Data saya": a member scans the card (or a guest a workshop ticket) and sees what the library holds about
 * them, masked for a public place, and how long it is kept; "Hapus data saya" starts the {@code data-request}
 * process (UU PDP, Law 27 of 2022). The screen goes back to the start on idle like every kiosk screen, and
 * never shows a full name, card number or e-mail address.
 */
@Route(value = "data-saya", layout = KioskLayout.class)
@AnonymousAllowed
public class MyDataView extends Div implements HasDynamicTitle, ScanTarget {

    /** Visit times listed; older ones of the year are counted. */
    private static final int VISITS_LISTED = 10;

    private final DataRequestProcess dataRequests;
    private final PersonalDataService personalData;
    private final BarcodeService barcodes;
    private CardScanPanel scan;

    MyDataView(DataRequestProcess dataRequests, PersonalDataService personalData, BarcodeService barcodes) {
        this.dataRequests = dataRequests;
        this.personalData = personalData;
        this.barcodes = barcodes;
        setId("my-data");
        showForm();
    }

    private void showForm() {
        removeAll();
        setClassName("kiosk-content");
        H1 title = new H1(getTranslation("myData.title"));
        Paragraph hint = new Paragraph(getTranslation("myData.hint"));
        hint.addClassName("kiosk-hint");
        scan = new CardScanPanel(barcodes, this::lookUp, "myData.scan.placeholder", "scan.type");
        Button byEmail = KioskLayout.bigButton(getTranslation("myData.email.start"), VaadinIcon.ENVELOPE_O.create());
        byEmail.setId("my-data-by-email");
        byEmail.addClassName("kiosk-secondary");
        byEmail.addClickListener(e -> showEmail());
        add(title, hint, scan, byEmail, backButton("back", "common.back"));
    }

    /** A guest without card or ticket: the address they used, then the code sent there. */
    private void showEmail() {
        removeAll();
        setClassName("kiosk-content");
        TextField address = new TextField();
        address.setId("my-data-email");
        address.addClassName("kiosk-field");
        address.setLabel(getTranslation("myData.email.label"));
        address.setMaxLength(200);
        OnScreenKeyboard.suppressSystemKeyboard(address);
        OnScreenKeyboard keyboard = new OnScreenKeyboard(address, OnScreenKeyboard.Layout.EMAIL);
        Div error = KioskParts.errorArea("my-data-email-error");
        Runnable submit = () -> {
            EmailCodeResult result = dataRequests.sendEmailCode(address.getValue(), KioskSession.locale());
            if (result instanceof EmailCodeResult.Sent sent) {
                showCode(sent.challenge());
            } else if (result instanceof EmailCodeResult.Rejected rejected) {
                error.setText(getTranslation(rejected.problem()));
            } else if (result instanceof EmailCodeResult.Throttled throttled) {
                error.setText(getTranslation(
                        "myData.email.throttled", Math.max(1, (throttled.retryAfterSeconds() + 59) / 60)));
            }
        };
        keyboard.onEnter(submit);
        keyboard.withoutEnter();
        Button send = KioskLayout.bigButton(getTranslation("myData.email.send"), VaadinIcon.PAPERPLANE_O.create());
        send.setId("my-data-email-send");
        send.addClassName("kiosk-primary");
        send.addClickListener(e -> submit.run());
        add(
                new H1(getTranslation("myData.email.title")),
                KioskParts.hint(getTranslation("myData.email.hint")),
                address,
                error,
                keyboard,
                KioskParts.row(KioskParts.back(this, this::showForm), send));
    }

    private void showCode(EmailChallenge challenge) {
        removeAll();
        setClassName("kiosk-content");
        TextField code = new TextField();
        code.setId("my-data-code");
        code.addClassName("kiosk-field");
        code.setLabel(getTranslation("myData.code.label"));
        code.setMaxLength(6);
        OnScreenKeyboard.suppressSystemKeyboard(code);
        OnScreenKeyboard keyboard = new OnScreenKeyboard(code, OnScreenKeyboard.Layout.CARD);
        Div error = KioskParts.errorArea("my-data-code-error");
        Runnable submit = () -> {
            List<String> problems = new java.util.ArrayList<>();
            Optional<Lookup> found = dataRequests.confirmEmailCode(challenge, code.getValue(), problems);
            if (found.isEmpty()) {
                error.setText(problems.stream().map(this::getTranslation).collect(Collectors.joining(" ")));
                code.clear();
            } else if (found.get() instanceof Lookup.Found data) {
                showData(data);
            } else if (found.get() instanceof Lookup.Unknown unknown) {
                unknown.request().ifPresentOrElse(this::showOutcome, () -> {
                    showForm();
                    scan.showProblem("myData.unknown", unknown.masked());
                });
            }
        };
        keyboard.onEnter(submit);
        keyboard.withoutEnter();
        Button show = KioskLayout.bigButton(getTranslation("myData.code.submit"), VaadinIcon.EYE.create());
        show.setId("my-data-code-submit");
        show.addClassName("kiosk-primary");
        show.addClickListener(e -> submit.run());
        add(
                new H1(getTranslation("myData.code.title")),
                KioskParts.hint(getTranslation("myData.code.hint", PersonalData.maskEmail(challenge.email()))),
                code,
                error,
                keyboard,
                KioskParts.row(KioskParts.back(this, this::showEmail), show));
    }

    /** A scan on this screen is a card or ticket to look up, also while data is shown. */
    @Override
    public boolean scanned(String raw) {
        lookUp(raw);
        return true;
    }

    private void lookUp(String scanned) {
        Lookup lookup = dataRequests.lookUp(scanned);
        if (lookup instanceof Lookup.Found found) {
            showData(found);
        } else if (lookup instanceof Lookup.Unknown unknown) {
            if (unknown.request().isPresent()) {
                showOutcome(unknown.request().get());
            } else {
                if (!scan.isAttached()) {
                    showForm();
                }
                scan.showProblem("myData.unknown", unknown.masked());
            }
        }
    }

    private void showData(Lookup.Found found) {
        removeAll();
        setClassName("kiosk-content");
        addClassName("kiosk-my-data");
        PersonalData data = found.data();
        add(new H1(getTranslation("myData.shownTitle")));
        found.request().map(this::requestNote).ifPresent(this::add);

        if (data.membership() != null) {
            PersonalData.Membership m = data.membership();
            add(section(
                    "my-data-membership",
                    "myData.membership",
                    List.of(
                            line("myData.membership.name", m.maskedName()),
                            line("myData.membership.card", m.maskedCard()),
                            line("myData.membership.type", m.memberType()),
                            line(
                                    "myData.membership.ageGroup",
                                    m.ageGroup() == null
                                            ? "\u2014"
                                            : getTranslation(
                                                    "ageGroup." + m.ageGroup().name())),
                            line("myData.membership.email", m.maskedEmail() == null ? "\u2014" : m.maskedEmail()),
                            line("myData.membership.institution", m.institution() == null ? "\u2014" : m.institution()),
                            line(
                                    "myData.membership.expires",
                                    DateTexts.day(m.expiresOn()) + " "
                                            + m.expiresOn().getYear()))));
            List<String> visits = data.visitsThisYear().stream()
                    .limit(VISITS_LISTED)
                    .map(DateTexts::dayTime)
                    .toList();
            List<String> visitLines = new java.util.ArrayList<>();
            visitLines.add(
                    getTranslation("myData.visits.count", data.visitsThisYear().size()));
            visitLines.addAll(visits);
            if (data.visitsThisYear().size() > VISITS_LISTED) {
                visitLines.add(getTranslation(
                        "myData.visits.more", data.visitsThisYear().size() - VISITS_LISTED));
            }
            if (data.visitsEarlier() > 0) {
                visitLines.add(getTranslation("myData.visits.earlier", data.visitsEarlier()));
            }
            add(section("my-data-visits", "myData.visits", visitLines));
        }
        add(section(
                "my-data-questions",
                "myData.questions",
                data.questions().isEmpty()
                        ? List.of(getTranslation("myData.none"))
                        : data.questions().stream()
                                .map(q -> DateTexts.dayTime(q.askedAt()) + " \u00b7 "
                                        + getTranslation("ask.topic." + q.topic()) + " \u00b7 "
                                        + getTranslation("myData.questionStatus." + q.status()))
                                .toList()));
        add(section(
                "my-data-registrations",
                "myData.registrations",
                data.registrations().isEmpty()
                        ? List.of(getTranslation("myData.none"))
                        : data.registrations().stream()
                                .map(r -> r.workshopTitle() + " \u00b7 " + DateTexts.dayTime(r.startsAt()) + " \u00b7 "
                                        + getTranslation("myData.registrationStatus." + r.status())
                                        + (r.maskedTicket() == null ? "" : " \u00b7 " + r.maskedTicket()))
                                .toList()));
        if (data.membership() != null) {
            add(section(
                    "my-data-polls",
                    "myData.polls",
                    data.pollAnswers().isEmpty()
                            ? List.of(getTranslation("myData.none"))
                            : data.pollAnswers().stream()
                                    .map(p -> DateTexts.dayTime(p.answeredAt()) + " \u00b7 "
                                            + getTranslation("mood." + p.mood()))
                                    .toList()));
        }
        PersonalDataService.Retention kept = personalData.retention();
        add(section(
                "my-data-retention",
                "myData.retention",
                List.of(
                        getTranslation("myData.retention.visits", years(kept.visits())),
                        getTranslation(
                                "myData.retention.questions", years(kept.questions()), days(kept.questionEmails())),
                        getTranslation("myData.retention.workshops", days(kept.workshopContacts())),
                        getTranslation("myData.retention.membership"))));

        Button erase = KioskLayout.bigButton(getTranslation("myData.erase"), VaadinIcon.TRASH.create());
        erase.setId("my-data-erase");
        erase.addClassNames("kiosk-secondary", "kiosk-danger");
        boolean open = found.request()
                .filter(r -> r.status() == id.blitar.kiosk.privacy.domain.DataRequestStatus.OPEN
                        || r.status() == id.blitar.kiosk.privacy.domain.DataRequestStatus.APPROVED)
                .isPresent();
        erase.setEnabled(!open);
        erase.addClickListener(e -> confirmErase(found.subject()));
        Div actions = new Div(backButton("my-data-done", "myData.done"), erase);
        actions.addClassName("kiosk-actions-row");
        Div bottom = new Div(actions);
        bottom.addClassName("kiosk-bottom-actions");
        add(bottom);
    }

    private void confirmErase(Subject subject) {
        removeAll();
        setClassName("kiosk-content");
        add(new H1(getTranslation("myData.confirm.title")));
        add(section(
                "my-data-confirm",
                "myData.confirm.what",
                List.of(
                        getTranslation("myData.confirm.deleted"),
                        getTranslation("myData.confirm.kept"),
                        getTranslation("myData.confirm.slims"),
                        getTranslation("myData.confirm.deadline"))));
        Button yes = KioskLayout.bigButton(getTranslation("myData.confirm.yes"), VaadinIcon.TRASH.create());
        yes.setId("my-data-confirm-yes");
        yes.addClassNames("kiosk-primary", "kiosk-danger");
        yes.addClickListener(e -> request(subject));
        Button no = KioskLayout.bigButton(getTranslation("myData.confirm.no"), VaadinIcon.ARROW_LEFT.create());
        no.setId("my-data-confirm-no");
        no.addClassName("kiosk-secondary");
        no.addClickListener(e -> ResultPanel.home());
        Div actions = new Div(no, yes);
        actions.addClassName("kiosk-actions-row");
        Div bottom = new Div(actions);
        bottom.addClassName("kiosk-bottom-actions");
        add(bottom);
    }

    private void request(Subject subject) {
        RequestResult result = dataRequests.request(subject, KioskSession.kioskName(), KioskSession.locale());
        List<String> details;
        if (result instanceof RequestResult.Requested r) {
            details = List.of(
                    getTranslation("myData.requested.deadline", DateTexts.dayTime(r.dueAt())),
                    getTranslation(subject.email() != null ? "myData.requested.email" : "myData.requested.noEmail"));
        } else {
            details = List.of(getTranslation(
                    "myData.requested.already", DateTexts.dayTime(((RequestResult.AlreadyOpen) result).dueAt())));
        }
        removeAll();
        removeClassName("kiosk-content");
        add(new ResultPanel(VaadinIcon.CHECK_CIRCLE, getTranslation("myData.requested.title"), details, false, 20));
    }

    /** A decided request of a person no longer known here (their data was deleted): its outcome, once. */
    private void showOutcome(RequestState state) {
        removeAll();
        removeClassName("kiosk-content");
        add(new ResultPanel(
                VaadinIcon.CHECK_CIRCLE,
                getTranslation("myData.outcome.title"),
                List.of(requestText(state)),
                false,
                20));
    }

    private Paragraph requestNote(RequestState state) {
        Paragraph note = new Paragraph(requestText(state));
        note.setId("my-data-request");
        note.addClassName("kiosk-my-data-request");
        return note;
    }

    private String requestText(RequestState state) {
        return switch (state.status()) {
            case OPEN -> getTranslation("myData.request.OPEN", DateTexts.dayTime(state.dueAt()));
            case APPROVED -> getTranslation("myData.request.APPROVED");
            case ERASED -> getTranslation("myData.request.ERASED", DateTexts.dayTime(state.decidedAt()));
            case REFUSED ->
                getTranslation(
                        "myData.request.REFUSED",
                        DateTexts.dayTime(state.decidedAt()),
                        Optional.ofNullable(state.reason()).orElse(""));
        };
    }

    private Div section(String id, String titleKey, List<String> lines) {
        Div box = new Div();
        box.setId(id);
        box.addClassName("kiosk-my-data-section");
        box.add(new H2(getTranslation(titleKey)));
        UnorderedList list = new UnorderedList();
        lines.forEach(l -> list.add(new ListItem(l)));
        box.add(list);
        return box;
    }

    private String line(String labelKey, String value) {
        return getTranslation(labelKey) + ": " + value;
    }

    private Component backButton(String id, String key) {
        Button back = KioskLayout.bigButton(getTranslation(key), VaadinIcon.ARROW_LEFT.create());
        back.setId(id);
        back.addClassName("kiosk-secondary");
        back.addClickListener(e -> ResultPanel.home());
        return back;
    }

    private String years(Period period) {
        return String.valueOf(period.getYears() > 0 ? period.getYears() : 1);
    }

    private static String days(Duration duration) {
        return String.valueOf(duration.toDays());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myData.title");
    }
}
