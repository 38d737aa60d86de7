package id.blitar.kiosk.poll.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.blitar.kiosk.base.InputCheck;
import id.blitar.kiosk.base.ui.CardScanPanel;
import id.blitar.kiosk.base.ui.ChoiceGroup;
import id.blitar.kiosk.base.ui.Greeting;
import id.blitar.kiosk.base.ui.KioskLayout;
import id.blitar.kiosk.base.ui.KioskParts;
import id.blitar.kiosk.base.ui.KioskSession;
import id.blitar.kiosk.base.ui.KioskUiProperties;
import id.blitar.kiosk.base.ui.OnScreenKeyboard;
import id.blitar.kiosk.base.ui.ResultPanel;
import id.blitar.kiosk.codes.BarcodeService;
import id.blitar.kiosk.codes.ScannedCode;
import id.blitar.kiosk.poll.domain.Improvement;
import id.blitar.kiosk.poll.domain.Mood;
import id.blitar.kiosk.poll.domain.ServiceUsed;
import id.blitar.kiosk.poll.domain.SkmElement;
import id.blitar.kiosk.poll.process.CardResult;
import id.blitar.kiosk.poll.process.PollProcess;
import id.blitar.kiosk.poll.process.TapResult;
import id.blitar.kiosk.poll.service.PollDetails;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * After a smiley at the exit kiosk, everything optional: a card scan that also checks the visitor
 * out (and lets us ask about the service they used), one or two rotated SKM items, "what could be
 * better?" chips and a comment. Then thanks, and the kiosk is ready for the next visitor.
 */
@Route(value = "poll", layout = KioskLayout.class)
@AnonymousAllowed
public class PollView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final String PENDING = PollView.class.getName() + ".pending";

    private final PollProcess pollProcess;
    private final BarcodeService barcodes;
    private final KioskUiProperties settings;

    private long pollId;
    private String callName;
    private boolean linked;
    private ServiceUsed serviceUsed;

    PollView(PollProcess pollProcess, BarcodeService barcodes, KioskUiProperties settings) {
        this.pollProcess = pollProcess;
        this.barcodes = barcodes;
        this.settings = settings;
        setId("poll-more");
        addClassName("kiosk-content");
    }

    /**
     * Stores a tap and goes on to the optional questions; a filtered repeat tap only says thanks.
     *
     * @return the result panel to show instead, when the tap did not open the questions
     */
    public static java.util.Optional<ResultPanel> tap(
            Component from, PollProcess polls, KioskUiProperties settings, Mood mood) {
        TapResult result = polls.tap(KioskSession.kioskName(), mood);
        if (result instanceof TapResult.Counted counted) {
            VaadinSession.getCurrent().setAttribute(PENDING, counted.pollId());
            UI.getCurrent().navigate(PollView.class);
            return java.util.Optional.empty();
        }
        // A repeat tap is not counted, but the visitor is thanked all the same.
        return java.util.Optional.of(thanks(from, false, null, settings));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // The answer waiting for details is taken out of the session at once: it belongs to this screen only.
        Object pending = VaadinSession.getCurrent().getAttribute(PENDING);
        VaadinSession.getCurrent().setAttribute(PENDING, null);
        if (!(pending instanceof Long id)) {
            event.forwardTo("");
            return;
        }
        pollId = id;
        showCard();
    }

    private void showCard() {
        removeAll();
        CardScanPanel[] scan = new CardScanPanel[1];
        scan[0] = new CardScanPanel(barcodes, card -> {
            CardResult result = pollProcess.linkCard(pollId, card, KioskSession.kioskName());
            if (result instanceof CardResult.Linked linked) {
                this.linked = true;
                callName = linked.callName();
                serviceUsed = linked.serviceUsed();
                showMore();
            } else if (result instanceof CardResult.UnknownCard) {
                scan[0].showProblem(
                        "error.card.unknownAtExit", ScannedCode.of(card).masked());
            } else if (result instanceof CardResult.Rejected r) {
                scan[0].showProblem(r.problem(), ScannedCode.of(card).masked());
            }
        });
        Button skip = KioskLayout.bigButton(getTranslation("poll.skip"), VaadinIcon.ARROW_RIGHT.create());
        skip.setId("poll-skip-card");
        skip.addClassName("kiosk-primary");
        skip.addClickListener(e -> showMore());
        Paragraph hint = new Paragraph(getTranslation("poll.card.hint"));
        hint.addClassName("kiosk-hint");
        add(new H1(getTranslation("poll.card.title")), hint, scan[0], KioskParts.row(skip));
    }

    private void showMore() {
        removeAll();
        Paragraph hint = new Paragraph(getTranslation("poll.more.hint"));
        hint.addClassName("kiosk-hint");
        add(new H1(getTranslation("poll.more.title")), hint);

        ChoiceGroup<Integer> service = null;
        if (serviceUsed != null) {
            service = scale(
                    "poll-service",
                    getTranslation("poll.service." + serviceUsed.name()),
                    i -> getTranslation("poll.service." + i));
            add(service);
        }
        Map<SkmElement, ChoiceGroup<Integer>> items = new LinkedHashMap<>();
        for (SkmElement element : pollProcess.itemsFor(serviceUsed != null)) {
            ChoiceGroup<Integer> item = scale(
                    "skm-" + element.name().toLowerCase(Locale.ROOT),
                    getTranslation("skm." + element.name() + ".question"),
                    i -> getTranslation("skm." + element.name() + "." + i));
            items.put(element, item);
            add(item);
        }

        Set<Improvement> chosen = EnumSet.noneOf(Improvement.class);
        Div chips = new Div();
        chips.addClassName("kiosk-chips");
        chips.getElement().setAttribute("role", "group");
        chips.getElement().setAttribute("aria-labelledby", "improve-label");
        for (Improvement improvement : Improvement.values()) {
            Button chip = new Button(getTranslation("improvement." + improvement.name()));
            chip.setId("improve-" + improvement.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            chip.addClassName("kiosk-chip");
            chip.getElement().setAttribute("aria-pressed", "false");
            chip.addClickListener(e -> {
                boolean on = chosen.add(improvement) || !chosen.remove(improvement);
                chip.getElement().setAttribute("aria-pressed", String.valueOf(on));
            });
            chips.add(chip);
        }
        com.vaadin.flow.component.html.Span improveLabel =
                new com.vaadin.flow.component.html.Span(getTranslation("poll.improve.title"));
        improveLabel.setId("improve-label");
        improveLabel.addClassName("kiosk-choice-label");

        TextArea comment = new TextArea(getTranslation("poll.comment.label"));
        comment.setId("poll-comment");
        comment.addClassNames("kiosk-field", "kiosk-question-text");
        comment.setMaxLength(InputCheck.MAX_QUESTION_LENGTH);
        comment.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        OnScreenKeyboard keyboard = OnScreenKeyboard.openingOnTouch(comment, OnScreenKeyboard.Layout.TEXT);

        Div error = KioskParts.errorArea("poll-error");

        ChoiceGroup<Integer> serviceChoice = service;
        Button send = KioskLayout.bigButton(getTranslation("poll.send"), VaadinIcon.PAPERPLANE_O.create());
        send.setId("poll-send");
        send.addClassName("kiosk-primary");
        send.addClickListener(e -> {
            Map<SkmElement, Integer> scores = new EnumMap<>(SkmElement.class);
            items.forEach((element, group) -> group.value().ifPresent(v -> scores.put(element, v)));
            PollDetails details = new PollDetails(
                    scores,
                    serviceChoice == null ? null : serviceChoice.value().orElse(null),
                    chosen,
                    comment.getValue());
            List<String> problems = pollProcess.giveDetails(pollId, details);
            if (problems.isEmpty()) {
                finish();
            } else {
                error.setText(String.join(
                        " ", problems.stream().map(this::getTranslation).toList()));
            }
        });
        Button skip = KioskLayout.bigButton(getTranslation("poll.skip"), VaadinIcon.ARROW_RIGHT.create());
        skip.setId("poll-skip");
        skip.addClickListener(e -> finish());
        // Send and skip stay on screen above the bar (and the low layout's header) however long the items are.
        add(improveLabel, chips, comment, keyboard, KioskParts.bottomActions(error, KioskParts.row(skip, send)));
    }

    private ChoiceGroup<Integer> scale(String id, String label, java.util.function.Function<Integer, String> caption) {
        Map<Integer, VaadinIcon> options = new LinkedHashMap<>();
        options.put(1, VaadinIcon.THUMBS_DOWN_O);
        options.put(2, VaadinIcon.MINUS_CIRCLE_O);
        options.put(3, VaadinIcon.CHECK_CIRCLE_O);
        options.put(4, VaadinIcon.THUMBS_UP_O);
        return new ChoiceGroup<>(id, label, options, caption);
    }

    private void finish() {
        removeAll();
        removeClassName("kiosk-content");
        add(thanks(this, linked, callName, settings));
    }

    private static ResultPanel thanks(Component from, boolean linked, String callName, KioskUiProperties settings) {
        List<String> details = new ArrayList<>();
        details.add(from.getTranslation("poll.thanks.detail"));
        if (linked) {
            details.add(Greeting.of(from, "poll.thanks.goodbye", callName));
        }
        return new ResultPanel(
                VaadinIcon.HEART_O,
                from.getTranslation("poll.thanks.title"),
                details,
                false,
                settings.welcomeSeconds());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("poll.title");
    }
}
