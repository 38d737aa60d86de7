package id.blitar.kiosk.workshop.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import id.blitar.kiosk.workshop.domain.WorkshopType;
import id.blitar.kiosk.workshop.service.WorkshopDraft;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The programme form, browserless (Karibu-Testing): what a manager fills in is the draft that is saved. */
class WorkshopFormTest {

    private static final LocalDateTime SATURDAY_NINE = LocalDateTime.of(2026, 12, 5, 9, 0);

    private final List<WorkshopDraft> saved = new ArrayList<>();
    private List<String> answer = List.of();
    private WorkshopForm form;

    @BeforeEach
    void open() {
        MockVaadin.setup();
        form = new WorkshopForm(draft -> {
            saved.add(draft);
            return answer;
        });
        form.open();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static List<DateTimePicker> sessionPickers(String className) {
        return _find(DateTimePicker.class, spec -> spec.withClasses(className));
    }

    private void fillOneSession() {
        _setValue(_get(TextField.class, spec -> spec.withId("workshop-title")), "Kelas Menulis Cerpen");
        _setValue(_get(Select.class, spec -> spec.withId("workshop-type")), WorkshopType.WORKSHOP);
        _setValue(_get(TextField.class, spec -> spec.withId("workshop-room")), "Aula Bung Karno");
        _setValue(_get(IntegerField.class, spec -> spec.withId("workshop-capacity")), 25);
        _setValue(sessionPickers("session-start").get(0), SATURDAY_NINE);
    }

    @Test
    void shouldSuggestTheEndOfASessionAndSaveWhatWasFilledIn() {
        fillOneSession();

        assertThat(sessionPickers("session-end").get(0).getValue())
                .as("two hours after the start the manager picked")
                .isEqualTo(SATURDAY_NINE.plusHours(2));

        _click(_get(Button.class, spec -> spec.withId("session-add")));
        _setValue(sessionPickers("session-start").get(1), SATURDAY_NINE.plusDays(7));
        _click(_get(Button.class, spec -> spec.withId("workshop-save")));

        assertThat(saved).hasSize(1);
        WorkshopDraft draft = saved.get(0);
        assertThat(draft.title()).isEqualTo("Kelas Menulis Cerpen");
        assertThat(draft.room()).isEqualTo("Aula Bung Karno");
        assertThat(draft.capacity()).isEqualTo(25);
        assertThat(draft.type()).isEqualTo(WorkshopType.WORKSHOP);
        assertThat(draft.sessions())
                .containsExactly(
                        new WorkshopDraft.SessionDraft(SATURDAY_NINE, SATURDAY_NINE.plusHours(2)),
                        new WorkshopDraft.SessionDraft(
                                SATURDAY_NINE.plusDays(7),
                                SATURDAY_NINE.plusDays(7).plusHours(2)));
        assertThat(form.isOpened()).as("saved: the dialog closes").isFalse();
    }

    @Test
    void shouldListTheProblemsAndStayOpenUntilSaved() {
        answer = List.of("error.workshop.title", "error.workshop.sessions");
        _click(_get(Button.class, spec -> spec.withId("workshop-save")));

        UnorderedList problems = _get(UnorderedList.class, spec -> spec.withId("workshop-problems"));
        assertThat(problems.isVisible()).isTrue();
        assertThat(_find(problems, ListItem.class)).hasSize(2);
        assertThat(form.isOpened()).isTrue();
        assertThat(saved.get(0).sessions()).containsExactly(new WorkshopDraft.SessionDraft(null, null));
    }

    @Test
    void shouldKeepAtLeastOneSession() {
        List<Button> removes = _find(Button.class, spec -> spec.withClasses("session-remove"));
        assertThat(removes).hasSize(1);
        assertThat(removes.get(0).isEnabled())
                .as("the only session cannot be removed")
                .isFalse();

        _click(_get(Button.class, spec -> spec.withId("session-add")));
        List<Button> two = _find(Button.class, spec -> spec.withClasses("session-remove"));
        assertThat(two).allSatisfy(b -> assertThat(b.isEnabled()).isTrue());

        _click(two.get(0));
        assertThat(sessionPickers("session-start")).hasSize(1);
        assertThat(_get(Button.class, spec -> spec.withClasses("session-remove"))
                        .isEnabled())
                .isFalse();
    }
}
