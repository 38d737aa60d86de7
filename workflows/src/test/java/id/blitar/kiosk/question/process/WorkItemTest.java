package id.blitar.kiosk.question.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.question.domain.Channel;
import id.blitar.kiosk.question.domain.Topic;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a worklist tells a changed entry from one that only got a new note. */
class WorkItemTest {

    private static final LocalDateTime ASKED = LocalDateTime.of(2026, 11, 30, 9, 0);

    @Test
    void shouldTellANewNoteApartFromAChangedTask() {
        WorkItem plain = item(2, "it-rujukan", List.of());
        WorkItem noted = item(2, "it-rujukan", List.of(new WorkItem.Note(ASKED.plusMinutes(5), "it-rujukan", "cek")));

        assertThat(plain).isNotEqualTo(noted);
        assertThat(plain.sameApartFromNotes(noted)).isTrue();
        assertThat(plain.sameApartFromNotes(item(3, "it-rujukan", List.of()))).isFalse();
        assertThat(plain.sameApartFromNotes(item(2, null, List.of()))).isFalse();
        assertThat(plain.sameApartFromNotes(null)).isFalse();
    }

    private static WorkItem item(int priority, String assignee, List<WorkItem.Note> notes) {
        return new WorkItem(
                "task-1",
                WorkItem.Kind.WALK_IN,
                7L,
                "Q-7",
                "A-001",
                Topic.BOOKS,
                "Di mana rak buku sejarah?",
                null,
                Channel.WALK_IN,
                priority,
                ASKED,
                ASKED.plusMinutes(10),
                false,
                false,
                assignee,
                "reference",
                null,
                null,
                false,
                notes);
    }
}
