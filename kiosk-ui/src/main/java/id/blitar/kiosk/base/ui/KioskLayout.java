package id.blitar.kiosk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import id.blitar.kiosk.base.LibraryProperties;
import java.util.Locale;

/**
 * The frame of every kiosk screen: library name, a live clock and the language switch on top, the
 * screen below. Built for a 1080×1920 portrait touch screen; nothing depends on hover.
 */
public class KioskLayout extends Div implements RouterLayout {

    private final Main content = new Main();

    public KioskLayout(LibraryProperties library) {
        addClassName("kiosk");
        Span name = new Span(library.name());
        name.addClassName("kiosk-library-name");
        Span clock = new Span();
        clock.addClassName("kiosk-clock");
        clock.setId("kiosk-clock");

        Locale other = KioskSession.locale().equals(KioskI18nProvider.INDONESIAN)
                ? KioskI18nProvider.ENGLISH
                : KioskI18nProvider.INDONESIAN;
        Button language = new Button(getTranslation("language.switch"), e -> {
            KioskSession.setLocale(other);
            UI.getCurrent().getPage().reload();
        });
        language.setId("language-switch");
        language.addClassName("kiosk-language");
        language.getElement().setAttribute("aria-label", getTranslation("language.switch.aria"));
        language.getElement().setAttribute("lang", other.getLanguage());

        Header header = new Header(name, clock, language);
        header.addClassName("kiosk-header");
        content.addClassName("kiosk-content");
        add(header, content);

        // The clock runs in the browser: no server round trip each second, always the library's zone.
        clock.getElement()
                .executeJs(
                        "const el = this; const fmt = new Intl.DateTimeFormat($0, {weekday: 'long', day: 'numeric',"
                                + " month: 'long', hour: '2-digit', minute: '2-digit', timeZone: $1});"
                                + " const tick = () => el.textContent = fmt.format(new Date());"
                                + " tick(); clearInterval(el._timer); el._timer = setInterval(tick, 1000);",
                        KioskSession.locale().toLanguageTag(),
                        library.zone().getId());
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }

    /** A large touch button with an icon and a label, as every kiosk choice looks. */
    public static Button bigButton(String text, Component icon) {
        Button button = new Button(text, icon);
        button.addClassName("kiosk-big-button");
        return button;
    }
}
