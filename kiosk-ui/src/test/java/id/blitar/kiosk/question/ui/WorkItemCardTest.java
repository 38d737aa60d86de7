package id.blitar.kiosk.question.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.question.domain.Channel;
import id.blitar.kiosk.question.domain.Topic;
import id.blitar.kiosk.question.process.QuestionTasks;
import id.blitar.kiosk.question.process.WorkItem;
import id.blitar.kiosk.question.service.WorkResult;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A worklist card, browserless (Karibu-Testing): it shows what the librarian needs, hands what was typed to the
 * task operations (a test double here: the card's contract is what it passes on, the operations have their own
 * process tests) and reports the result through the list's callback, never through the list itself.
 */
class WorkItemCardTest {

    private static final LocalDateTime ASKED = LocalDateTime.of(2026, 11, 30, 10, 15);

    private final QuestionTasks tasks = mock(QuestionTasks.class);
    private final List<String> reported = new ArrayList<>();
    private final WorkItemCard.Handlers handlers = new WorkItemCard.Handlers(
            tasks, "sri.rahayu", ZoneId.of("Asia/Jakarta"), () -> "Meja 2", (result, done, problem) -> {
                reported.add(result.getClass().getSimpleName() + ": " + done);
                return result instanceof WorkResult.Done;
            });

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static WorkItem item(WorkItem.Kind kind, List<WorkItem.Note> notes) {
        return new WorkItem(
                "task-7",
                kind,
                7L,
                "T-7",
                kind == WorkItem.Kind.WALK_IN ? "A-012" : null,
                Topic.RESEARCH,
                "Saya cari data sejarah makam Bung Karno",
                AgeGroup.ADULT,
                kind == WorkItem.Kind.WALK_IN ? Channel.WALK_IN : Channel.EMAIL,
                50,
                ASKED,
                ASKED.plusDays(2),
                false,
                false,
                "sri.rahayu",
                "reference",
                null,
                null,
                true,
                notes);
    }

    private WorkItemCard show(WorkItem item, boolean mine) {
        WorkItemCard card = new WorkItemCard(item, mine, handlers);
        UI.getCurrent().add(card);
        return card;
    }

    @Test
    void shouldOfferAGroupsTaskToClaimAndNothingElse() {
        WorkItemCard card = show(item(WorkItem.Kind.TICKET, List.of()), false);
        when(tasks.claim("task-7", "sri.rahayu")).thenReturn(WorkResult.done());

        assertThat(_find(card, TextArea.class))
                .as("no answer field before claiming")
                .isEmpty();
        _click(_get(card, Button.class, spec -> spec.withClasses("claim")));

        verify(tasks).claim("task-7", "sri.rahayu");
        assertThat(reported).hasSize(1).allSatisfy(r -> assertThat(r).startsWith("Done: "));
    }

    @Test
    void shouldSendTheAnswerAsTyped() {
        WorkItemCard card = show(item(WorkItem.Kind.TICKET, List.of()), true);
        String answer = "Arsip makam ada di Perpustakaan Proklamator Bung Karno, Jl. Kalasan 1.";
        when(tasks.answer("task-7", "sri.rahayu", answer, "Perpustakaan Proklamator"))
                .thenReturn(WorkResult.done());

        _setValue(_get(card, TextArea.class, spec -> spec.withClasses("answer")), answer);
        _setValue(_get(card, TextField.class, spec -> spec.withClasses("partner")), "Perpustakaan Proklamator");
        _click(_get(card, Button.class, spec -> spec.withClasses("send-answer")));

        verify(tasks).answer("task-7", "sri.rahayu", answer, "Perpustakaan Proklamator");
        assertThat(reported).hasSize(1);
    }

    @Test
    void shouldCallTheVisitorToTheDeskChosenInTheShiftBar() {
        WorkItemCard card = show(item(WorkItem.Kind.WALK_IN, List.of()), true);
        when(tasks.call("task-7", "sri.rahayu", "Meja 2")).thenReturn(WorkResult.done());

        _click(_get(card, Button.class, spec -> spec.withClasses("call")));

        verify(tasks).call("task-7", "sri.rahayu", "Meja 2");
    }

    @Test
    void shouldShowNewNotesAndKeepWhatTheLibrarianIsTyping() {
        WorkItem before = item(WorkItem.Kind.TICKET, List.of());
        WorkItemCard card = show(before, true);
        assertThat(_find(card, Div.class, spec -> spec.withClasses("work-notes")))
                .as("no notes, no notes box")
                .isEmpty();
        _setValue(_get(card, TextArea.class, spec -> spec.withClasses("answer")), "Setengah jadi");

        WorkItem after = item(
                WorkItem.Kind.TICKET,
                List.of(new WorkItem.Note(ASKED.plusMinutes(5), "budi", "Pengunjung sedang menulis skripsi")));
        assertThat(after.sameApartFromNotes(before)).isTrue();
        card.showNotes(after);

        Div notes = _get(card, Div.class, spec -> spec.withClasses("work-notes"));
        assertThat(notes.getElement().getTextRecursively())
                .as("labelled internal")
                .isNotBlank();
        assertThat(_find(notes, Div.class, spec -> spec.withClasses("work-note")))
                .singleElement()
                .satisfies(n -> assertThat(n.getElement().getTextRecursively())
                        .contains("budi", "Pengunjung sedang menulis skripsi"));
        assertThat(_get(card, TextArea.class, spec -> spec.withClasses("answer"))
                        .getValue())
                .isEqualTo("Setengah jadi");
        verifyNoInteractions(tasks);
    }
}
