package id.blitar.kiosk.question.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.blitar.kiosk.base.InputCheck;
import id.blitar.kiosk.base.LibraryProperties;
import id.blitar.kiosk.base.ui.CardScanPanel;
import id.blitar.kiosk.base.ui.DateTexts;
import id.blitar.kiosk.base.ui.KioskLayout;
import id.blitar.kiosk.base.ui.KioskParts;
import id.blitar.kiosk.base.ui.KioskSession;
import id.blitar.kiosk.base.ui.KioskUiProperties;
import id.blitar.kiosk.base.ui.OnScreenKeyboard;
import id.blitar.kiosk.base.ui.ResultPanel;
import id.blitar.kiosk.base.ui.ScanTarget;
import id.blitar.kiosk.codes.BarcodeService;
import id.blitar.kiosk.codes.ScannedCode;
import id.blitar.kiosk.question.domain.Channel;
import id.blitar.kiosk.question.domain.Faq;
import id.blitar.kiosk.question.domain.Topic;
import id.blitar.kiosk.question.process.AskResult;
import id.blitar.kiosk.question.process.QuestionProcess;
import id.blitar.kiosk.question.service.FaqCatalogue;
import id.blitar.kiosk.question.service.NewQuestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * "Tanya pustakawan": the visitor first sees answers to frequent questions; if none helps, picks a
 * topic, types the question on the on-screen keyboard, may scan a card to link it to today's visit,
 * and chooses to wait for a librarian (a queue number) or to get the answer later by e-mail or at
 * the desk. Everything typed lives in this view only and is gone when the kiosk returns to the
 * attract screen.
 */
@Route(value = "ask", layout = KioskLayout.class)
@AnonymousAllowed
public class AskView extends Div implements HasDynamicTitle, ScanTarget {

    static final Map<Topic, VaadinIcon> TOPICS = new LinkedHashMap<>();

    static {
        TOPICS.put(Topic.BOOKS, VaadinIcon.BOOK);
        TOPICS.put(Topic.RESEARCH, VaadinIcon.ACADEMY_CAP);
        TOPICS.put(Topic.DIGITAL, VaadinIcon.LAPTOP);
        TOPICS.put(Topic.MEMBERSHIP, VaadinIcon.USER_CARD);
        TOPICS.put(Topic.CHILDREN, VaadinIcon.CHILD);
        TOPICS.put(Topic.OTHER, VaadinIcon.QUESTION_CIRCLE_O);
    }

    private final QuestionProcess questionProcess;
    private final FaqCatalogue faq;
    private final BarcodeService barcodes;
    private final KioskUiProperties settings;
    private final LibraryProperties library;

    private Topic topic;
    private String text = "";
    private String cardNumber;

    AskView(
            QuestionProcess questionProcess,
            FaqCatalogue faq,
            BarcodeService barcodes,
            KioskUiProperties settings,
            LibraryProperties library) {
        this.questionProcess = questionProcess;
        this.faq = faq;
        this.barcodes = barcodes;
        this.settings = settings;
        this.library = library;
        setId("ask");
        addClassNames("kiosk-content", "kiosk-ask");
        showFaq();
    }

    // ----- step 1: frequently asked questions ----------------------------------------------------

    private void showFaq() {
        removeAll();
        H1 title = new H1(getTranslation("ask.title"));
        Paragraph hint = KioskParts.hint(getTranslation("ask.faq.hint"));

        TextField search = new TextField();
        search.setId("faq-search");
        search.addClassName("kiosk-field");
        search.setLabel(getTranslation("ask.faq.search"));
        search.setMaxLength(InputCheck.MAX_LENGTH);
        OnScreenKeyboard keyboard = OnScreenKeyboard.openingOnTouch(search, OnScreenKeyboard.Layout.NAME);
        Div list = new Div();
        list.setId("faq-list");
        list.addClassName("kiosk-faq");
        list.getElement().setAttribute("aria-live", "polite");
        search.addValueChangeListener(e -> fillFaq(list, e.getValue()));
        fillFaq(list, "");

        Button start = KioskLayout.bigButton(getTranslation("ask.start"), VaadinIcon.COMMENT_ELLIPSIS_O.create());
        start.setId("ask-start");
        start.addClassName("kiosk-primary");
        start.addClickListener(e -> showTopics());
        add(title, hint, start, search, keyboard, list, KioskParts.row(KioskParts.back(this, ResultPanel::home)));
    }

    private void fillFaq(Div list, String search) {
        list.removeAll();
        List<Faq> found = faq.search(search, null);
        if (found.isEmpty()) {
            list.add(KioskParts.hint(
                    getTranslation(search == null || search.isBlank() ? "ask.faq.none" : "ask.faq.notFound")));
            return;
        }
        for (Faq faq : found.subList(0, Math.min(found.size(), 8))) {
            Paragraph answer = new Paragraph(faq.getAnswer());
            answer.addClassName("kiosk-faq-answer");
            Details entry = new Details(faq.getQuestion(), answer);
            entry.addClassName("kiosk-faq-entry");
            list.add(entry);
        }
    }

    // ----- step 2: topic -----------------------------------------------------------------------

    private void showTopics() {
        removeAll();
        Div choices = new Div();
        choices.addClassName("kiosk-topics");
        choices.getElement().setAttribute("role", "group");
        TOPICS.forEach((t, icon) -> {
            Button button = KioskLayout.bigButton(getTranslation("ask.topic." + t.name()), icon.create());
            button.setId("topic-" + t.name().toLowerCase(Locale.ROOT));
            button.addClassName("kiosk-secondary");
            button.addClickListener(e -> {
                topic = t;
                showText();
            });
            choices.add(button);
        });
        add(
                new H1(getTranslation("ask.topic.title")),
                KioskParts.hint(getTranslation("ask.topic.hint")),
                choices,
                KioskParts.row(KioskParts.back(this, this::showFaq)));
    }

    // ----- step 3: the question ----------------------------------------------------------------

    private void showText() {
        removeAll();
        TextArea area = new TextArea();
        area.setId("question-text");
        area.addClassName("kiosk-field");
        area.addClassName("kiosk-question-text");
        area.setLabel(getTranslation("ask.text.label", getTranslation("ask.topic." + topic.name())));
        area.setMaxLength(InputCheck.MAX_QUESTION_LENGTH);
        area.setValue(text);
        // Every key counts at once, so the counter is right and the idle reset sees the text go.
        area.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        Span counter = new Span();
        counter.setId("question-counter");
        counter.addClassName("kiosk-hint");
        Runnable count = () -> counter.setText(
                getTranslation("ask.text.counter", area.getValue().length(), InputCheck.MAX_QUESTION_LENGTH));
        area.addValueChangeListener(e -> {
            text = e.getValue();
            count.run();
        });
        count.run();
        OnScreenKeyboard.suppressSystemKeyboard(area);
        OnScreenKeyboard keyboard = new OnScreenKeyboard(area, OnScreenKeyboard.Layout.TEXT);
        Div error = KioskParts.errorArea("question-error");
        Runnable next = () -> {
            text = area.getValue();
            Optional<String> problem = InputCheck.longTextProblem(text, InputCheck.MAX_QUESTION_LENGTH);
            if (problem.isPresent()) {
                error.setText(getTranslation(problem.get()));
            } else {
                showCard();
            }
        };
        // One way on: "Lanjut" below; the keyboard's own "OK" would sit beside it doing the same.
        keyboard.onEnter(next);
        keyboard.withoutEnter();
        Button submit = KioskLayout.bigButton(getTranslation("common.next"), VaadinIcon.ARROW_RIGHT.create());
        submit.setId("question-next");
        submit.addClassName("kiosk-primary");
        submit.addClickListener(e -> next.run());
        add(
                new H1(getTranslation("ask.text.title")),
                area,
                counter,
                error,
                keyboard,
                KioskParts.row(KioskParts.back(this, this::showTopics), submit));
    }

    /**
     * A scan while a visitor is writing a question belongs to them: a known card links the question to
     * their visit; nothing they wrote is thrown away. Before anything is written, the kiosk's own
     * journey (check-in) takes the scan.
     */
    @Override
    public boolean scanned(String raw) {
        if (text == null || text.isBlank()) {
            return false;
        }
        if (questionProcess.cardProblem(raw).isEmpty()) {
            cardNumber = raw;
        }
        return true;
    }

    // ----- step 4: optional card -----------------------------------------------------------------

    private void showCard() {
        removeAll();
        CardScanPanel[] scan = new CardScanPanel[1];
        scan[0] = new CardScanPanel(barcodes, card -> {
            Optional<String> problem = questionProcess.cardProblem(card);
            if (problem.isPresent()) {
                // Unlike at the entrance there is no guest check-in here: the way on is "Lewati".
                scan[0].showProblem(
                        "error.card.unknown".equals(problem.get()) ? "ask.card.unknown" : problem.get(),
                        ScannedCode.of(card).masked());
            } else {
                cardNumber = card;
                showChannel();
            }
        });
        Button skip = KioskLayout.bigButton(getTranslation("ask.card.skip"), VaadinIcon.ARROW_RIGHT.create());
        skip.setId("card-skip");
        skip.addClassName("kiosk-primary");
        skip.addClickListener(e -> {
            cardNumber = null;
            showChannel();
        });
        add(
                new H1(getTranslation("ask.card.title")),
                KioskParts.hint(getTranslation("ask.card.hint")),
                scan[0],
                KioskParts.row(KioskParts.back(this, this::showText), skip));
    }

    // ----- step 5: how to be answered ------------------------------------------------------------

    private void showChannel() {
        removeAll();
        boolean walkIn = questionProcess.walkInAvailable(topic, cardNumber);
        Button wait = KioskLayout.bigButton(getTranslation("ask.channel.walkIn"), VaadinIcon.USERS.create());
        wait.setId("answer-walk-in");
        wait.addClassName("kiosk-primary");
        wait.setEnabled(walkIn);
        wait.addClickListener(e -> send(Channel.WALK_IN, null));
        String waitKey = walkIn
                ? "ask.channel.walkIn.hint"
                : questionProcess.desksOpenNow() ? "ask.channel.walkIn.unavailable" : "ask.channel.walkIn.closed";
        Paragraph waitHint = KioskParts.hint(getTranslation(waitKey));
        waitHint.setId("walk-in-hint");

        Button email = KioskLayout.bigButton(getTranslation("ask.channel.email"), VaadinIcon.ENVELOPE_O.create());
        email.setId("answer-email");
        email.addClassName("kiosk-secondary");
        email.addClickListener(e -> showEmail());

        Button pickUp = KioskLayout.bigButton(getTranslation("ask.channel.pickUp"), VaadinIcon.DESKTOP.create());
        pickUp.setId("answer-pick-up");
        pickUp.addClassName("kiosk-secondary");
        pickUp.addClickListener(e -> send(Channel.PICK_UP, null));

        Div choices = new Div(wait, waitHint, email, pickUp);
        choices.addClassName("kiosk-channels");
        add(
                new H1(getTranslation("ask.channel.title")),
                choices,
                KioskParts.row(KioskParts.back(this, this::showCard)));
    }

    private void showEmail() {
        removeAll();
        TextField address = new TextField();
        address.setId("email");
        address.addClassName("kiosk-field");
        address.setLabel(getTranslation("ask.email.label"));
        address.setMaxLength(200);
        OnScreenKeyboard.suppressSystemKeyboard(address);
        OnScreenKeyboard keyboard = new OnScreenKeyboard(address, OnScreenKeyboard.Layout.EMAIL);
        Div error = KioskParts.errorArea("email-error");
        Runnable submit = () -> {
            Optional<String> problem = InputCheck.emailProblem(address.getValue());
            if (problem.isPresent()) {
                error.setText(getTranslation(problem.get()));
            } else {
                send(Channel.EMAIL, address.getValue());
            }
        };
        keyboard.onEnter(submit);
        keyboard.withoutEnter();
        Button send = KioskLayout.bigButton(getTranslation("ask.send"), VaadinIcon.PAPERPLANE_O.create());
        send.setId("email-submit");
        send.addClassName("kiosk-primary");
        send.addClickListener(e -> submit.run());
        add(
                new H1(getTranslation("ask.email.title")),
                KioskParts.hint(getTranslation("ask.email.privacy")),
                address,
                error,
                keyboard,
                KioskParts.row(KioskParts.back(this, this::showChannel), send));
    }

    private void send(Channel channel, String email) {
        AskResult result = questionProcess.ask(new NewQuestion(
                topic, text, cardNumber, channel, email, KioskSession.kioskName(), KioskSession.locale()));
        if (result instanceof AskResult.Queued q) {
            List<String> details = new ArrayList<>();
            details.add(getTranslation("ask.queued.detail"));
            details.add(getTranslation("ask.queued.ahead", q.waitingBefore()));
            show(new ResultPanel(
                            VaadinIcon.TICKET, q.queueNumber(), details, false, Math.max(settings.welcomeSeconds(), 20))
                    .withLargeTitle());
        } else if (result instanceof AskResult.Ticketed t) {
            String due = DateTexts.dayTime(t.dueAt());
            List<String> details = List.of(
                    getTranslation("ask.ticketed.reference", t.reference()),
                    getTranslation(t.byEmail() ? "ask.ticketed.email" : "ask.ticketed.pickUp", due, t.reference()));
            show(new ResultPanel(
                    VaadinIcon.CHECK_CIRCLE,
                    getTranslation("ask.ticketed.title"),
                    details,
                    false,
                    Math.max(settings.welcomeSeconds(), 15)));
        } else if (result instanceof AskResult.UnknownCard) {
            cardNumber = null;
            showCard();
        } else if (result instanceof AskResult.Rejected r) {
            // The steps check each value, so this is rare (e.g. a card deleted meanwhile): start the step again.
            showText();
            getChildren()
                    .filter(c -> c.getId().filter("question-error"::equals).isPresent())
                    .findFirst()
                    .ifPresent(c -> ((Div) c)
                            .setText(String.join(
                                    " ",
                                    r.problems().stream()
                                            .map(this::getTranslation)
                                            .toList())));
        }
    }

    private void show(ResultPanel panel) {
        removeAll();
        removeClassName("kiosk-content");
        add(panel);
    }

    // ----- pieces ------------------------------------------------------------------------------

    @Override
    public String getPageTitle() {
        return getTranslation("ask.title");
    }
}
