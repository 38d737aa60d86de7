package id.blitar.kiosk.base.ui;

import com.vaadin.flow.component.Component;
import java.util.List;

/**
 * Items of an attract-screen panel shown one at a time, each for a few seconds, so that the panel keeps
 * the height of one item whatever the library has published (the journeys below it never move off screen).
 * The change runs in the browser: no server round trip, and it stops when the panel leaves the page.
 */
public final class Rotation {

    /** How long each item stays, in milliseconds: long enough for a slow reader to read two lines. */
    static final int ITEM_MILLIS = 6000;

    private Rotation() {}

    /** Shows the first item, hides the others and, when there are several, rotates through them. */
    public static void of(Component panel, List<? extends Component> items) {
        for (int i = 1; i < items.size(); i++) {
            items.get(i).getElement().setAttribute("hidden", true);
        }
        if (items.size() < 2) {
            return;
        }
        panel.getElement()
                .executeJs(
                        """
                        const host = this;
                        const selector = $0;
                        clearInterval(host._rotate);
                        let i = 0;
                        host._rotate = setInterval(() => {
                          if (!host.isConnected) { clearInterval(host._rotate); return; }
                          const items = host.querySelectorAll(':scope > ' + selector);
                          if (items.length < 2) { return; }
                          items[i % items.length].hidden = true;
                          i = (i + 1) % items.length;
                          items[i].hidden = false;
                        }, $1);
                        """,
                        "."
                                + items.get(0)
                                        .getElement()
                                        .getClassList()
                                        .iterator()
                                        .next(),
                        ITEM_MILLIS);
    }
}
