package id.blitar.kiosk.question.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import id.blitar.kiosk.base.LibraryProperties;
import id.blitar.kiosk.base.ui.KioskScreen;
import id.blitar.kiosk.base.ui.LiveUpdates;
import id.blitar.kiosk.question.service.Board;
import id.blitar.kiosk.question.service.QuestionEvent;
import id.blitar.kiosk.question.service.QuestionService;
import java.util.List;

/**
 * The public "now serving" wall screen: called queue numbers with their desks, newest first, and how
 * many wait. Numbers only, never names or questions. Not a kiosk screen: no languages, no idle reset,
 * no sign-in; shown on paired kiosk devices only. It follows every committed question change through push, refreshes itself every 30
 * seconds in case an event was missed (another server node, a reconnect), and reads a new call aloud.
 */
@Route("board")
@AnonymousAllowed
@KioskScreen
public class BoardView extends Div implements HasDynamicTitle {

    private static final int SAFETY_REFRESH_MILLIS = 30_000;

    private final QuestionService questions;
    private final Div serving = new Div();
    private final Span waiting = new Span();
    private Board.Called announced;
    private boolean first = true;

    BoardView(QuestionService questions, LiveUpdates live, LibraryProperties library) {
        this.questions = questions;
        setId("board");
        addClassName("board");

        Span name = new Span(library.name());
        name.addClassName("board-library");
        Span clock = new Span();
        clock.addClassName("board-clock");
        Div header = new Div(name, clock);
        header.addClassName("board-header");

        H1 servingTitle = new H1(getTranslation("board.serving"));
        servingTitle.addClassName("board-title");
        serving.setId("board-serving");
        serving.addClassName("board-serving");
        serving.getElement().setAttribute("aria-live", "polite");
        Div servingColumn = new Div(servingTitle, serving);
        servingColumn.addClassName("board-serving-column");

        waiting.setId("board-waiting");
        waiting.addClassName("board-waiting");
        Div waitingColumn = new Div(waiting);
        waitingColumn.addClassName("board-waiting-column");

        Div main = new Div(servingColumn, waitingColumn);
        main.addClassName("board-main");
        add(header, main);

        // The clock runs in the browser, in the library's zone.
        clock.getElement()
                .executeJs(
                        "const el = this; const fmt = new Intl.DateTimeFormat('id-ID', {hour: '2-digit',"
                                + " minute: '2-digit', timeZone: $0}); const tick = () => el.textContent ="
                                + " fmt.format(new Date()); tick(); clearInterval(el._timer);"
                                + " el._timer = setInterval(tick, 1000);",
                        library.zone().getId());

        live.refreshWhileAttached(this, QuestionEvent.class, this::refresh);
        addAttachListener(attach -> {
            UI ui = attach.getUI();
            ui.setPollInterval(SAFETY_REFRESH_MILLIS);
            Registration poll = ui.addPollListener(e -> refresh());
            addDetachListener(detach -> {
                poll.remove();
                ui.setPollInterval(-1);
                detach.unregisterListener();
            });
        });
        refresh();
    }

    private void refresh() {
        Board board = questions.board();
        serving.removeAll();
        List<Board.Called> calls = board.serving();
        if (calls.isEmpty()) {
            Div empty = new Div(getTranslation("board.none"));
            empty.addClassName("board-empty");
            serving.add(empty);
        }
        for (int i = 0; i < calls.size(); i++) {
            Board.Called call = calls.get(i);
            Span number = new Span(call.queueNumber());
            number.addClassName("board-number");
            Span desk = new Span(call.desk());
            desk.addClassName("board-desk");
            Div entry = new Div(number, desk);
            entry.addClassName("board-call");
            if (i == 0) {
                entry.addClassName("board-newest");
            }
            serving.add(entry);
        }
        waiting.setText(getTranslation("board.waiting", board.waiting()));

        Board.Called newest = calls.isEmpty() ? null : calls.get(0);
        // Announce a new call (or a repeated one: its time changes), not what was there when the screen opened.
        if (newest != null && !first && !newest.equals(announced)) {
            speak(newest);
        }
        if (newest != null) {
            announced = newest;
        }
        first = false;
    }

    private void speak(Board.Called call) {
        // "A-003" read as "A 0 0 3": digit by digit is how the desks call numbers out loud.
        String spelled = String.join(" ", call.queueNumber().replace("-", "").split(""));
        getElement()
                .executeJs(
                        "try { const u = new SpeechSynthesisUtterance($0); u.lang = 'id-ID'; u.rate = 0.9;"
                                + " window.speechSynthesis.cancel(); window.speechSynthesis.speak(u); }"
                                + " catch (err) { /* no speech on this screen: the numbers still show */ }"
                                + " window.__boardAnnouncements = (window.__boardAnnouncements || []).concat([$0]);",
                        getTranslation("board.speech", spelled, call.desk()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("board.title");
    }
}
