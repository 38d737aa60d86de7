package id.blitar.kiosk.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The kiosk keyboard, browserless (Karibu-Testing): what a visitor types is stored in the case the keys show
 * (issue 19: "saya cari data sejarah makam bung karno", "AC" stored as "Ac").
 */
class OnScreenKeyboardTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static void type(OnScreenKeyboard keyboard, String keys) {
        for (char c : keys.toCharArray()) {
            if (c == ' ') {
                _click(_find(
                                keyboard,
                                Button.class,
                                spec -> spec.withId(keyboard.getId().orElseThrow() + "-space"))
                        .get(0));
            } else {
                String label = String.valueOf(c).toUpperCase(java.util.Locale.ROOT);
                _click(_find(keyboard, Button.class, spec -> spec.withText(label))
                        .get(0));
            }
        }
    }

    private static void shift(OnScreenKeyboard keyboard) {
        _click(_find(
                        keyboard,
                        Button.class,
                        spec -> spec.withId(keyboard.getId().orElseThrow() + "-shift"))
                .get(0));
    }

    @Test
    void shouldCapitaliseASentenceAndKeepWhatTheShiftKeyTyped() {
        TextArea question = new TextArea();
        question.setId("question");
        OnScreenKeyboard keyboard = new OnScreenKeyboard(question, OnScreenKeyboard.Layout.TEXT);
        UI.getCurrent().add(question, keyboard);

        type(keyboard, "saya cari makam bung ");
        shift(keyboard); // once: the next letter only
        type(keyboard, "karno di ");
        shift(keyboard);
        shift(keyboard); // twice: locked
        type(keyboard, "ac");

        assertThat(question.getValue()).isEqualTo("Saya cari makam bung Karno di AC");
    }

    @Test
    void shouldStartEveryWordOfANameWithACapital() {
        TextField name = new TextField();
        name.setId("guest-name");
        OnScreenKeyboard keyboard = new OnScreenKeyboard(name, OnScreenKeyboard.Layout.NAME);
        UI.getCurrent().add(name, keyboard);

        type(keyboard, "siti nurhaliza");

        assertThat(name.getValue()).isEqualTo("Siti Nurhaliza");
    }

    @Test
    void shouldTypeCardNumbersInCapitalsAndAddressesInSmallLetters() {
        TextField card = new TextField();
        card.setId("card");
        OnScreenKeyboard cardKeys = new OnScreenKeyboard(card, OnScreenKeyboard.Layout.CARD);
        TextField email = new TextField();
        email.setId("email");
        OnScreenKeyboard emailKeys = new OnScreenKeyboard(email, OnScreenKeyboard.Layout.EMAIL);
        UI.getCurrent().add(card, cardKeys, email, emailKeys);

        type(cardKeys, "m0042");
        type(emailKeys, "BUDI");

        assertThat(card.getValue()).isEqualTo("M0042");
        assertThat(email.getValue()).isEqualTo("budi");
    }
}
