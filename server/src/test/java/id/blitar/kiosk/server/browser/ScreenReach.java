package id.blitar.kiosk.server.browser;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Whether what a visitor must touch is on screen: wholly inside the viewport without scrolling, above the
 * accessibility bar, and what a finger touching its middle or its corners hits (no sticky header, bottom bar
 * or overlay over any part of it). Also whether a staff page fits its width (no sideways scrolling).
 */
final class ScreenReach {

    private ScreenReach() {}

    /**
     * The problems with the elements named by id, and with every visible control matched by {@code selector}
     * (may be null); empty when each is on screen and uncovered.
     */
    @SuppressWarnings("unchecked")
    static List<String> problems(Browser browser, String selector, String... ids) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("window.scrollTo(0, 0);");
        return (List<String>) js.executeScript("""
                        const selector = arguments[0], ids = arguments[1];
                        const name = e => e.id ? '#' + e.id : e.tagName.toLowerCase() + ' "'
                          + ((e.innerText || e.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' ').slice(0, 40)) + '"';
                        const problems = [];
                        const elements = [];
                        if (selector) {
                          for (const e of document.querySelectorAll(selector)) {
                            // A disabled control (a walk-in nobody can take now) is not something to touch.
                            if (e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden'
                                && !e.hasAttribute('disabled')) elements.push(e);
                          }
                        }
                        for (const id of ids) {
                          const e = document.getElementById(id);
                          if (e) { elements.push(e); } else { problems.push('#' + id + ' is missing'); }
                        }
                        const bar = document.querySelector('.kiosk-accessibility');
                        const floor = Math.min(bar ? bar.getBoundingClientRect().top : innerHeight, innerHeight);
                        const reaches = (el, x, y) => {
                          const at = document.elementFromPoint(x, y);
                          if (at && (el === at || el.contains(at))) return null;
                          return at ? name(at) : 'nothing';
                        };
                        for (const el of elements) {
                          const r = el.getBoundingClientRect();
                          const inBar = bar && bar.contains(el);
                          if (r.top < -0.5 || r.left < -0.5 || r.right > innerWidth + 0.5
                              || r.bottom > (inBar ? innerHeight : floor) + 0.5) {
                            problems.push(name(el) + ' at ' + Math.round(r.left) + ',' + Math.round(r.top) + '-'
                              + Math.round(r.right) + ',' + Math.round(r.bottom) + ' is not wholly on screen (above '
                              + Math.round(floor) + ')');
                            continue;
                          }
                          const inset = Math.min(12, r.width / 4, r.height / 4);
                          const points = [[r.left + r.width / 2, r.top + r.height / 2], [r.left + inset, r.top + inset],
                            [r.right - inset, r.top + inset], [r.left + inset, r.bottom - inset], [r.right - inset, r.bottom - inset]];
                          for (const [x, y] of points) {
                            const other = reaches(el, x, y);
                            if (other) {
                              problems.push(name(el) + ' is covered at ' + Math.round(x) + ',' + Math.round(y) + ' by ' + other);
                              break;
                            }
                          }
                        }
                        return problems;
                        """, selector, List.of(ids));
    }

    /** Every control of a kiosk screen's content a visitor may touch (not the keyboard's keys unless shown). */
    static final String CONTROLS = "main vaadin-button, main vaadin-text-field, main vaadin-email-field,"
            + " main vaadin-text-area, main vaadin-checkbox, main vaadin-integer-field";

    /** How far the page scrolls sideways (0 when it fits its width). */
    static long sidewaysOverflow(Browser browser) {
        Object overflow = ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        return ((Number) overflow).longValue();
    }

    /** The elements wider than the window, for whoever reads a sideways-scrolling failure. */
    static Object widest(Browser browser) {
        return ((JavascriptExecutor) browser.driver()).executeScript("""
                        const out = [];
                        for (const e of document.querySelectorAll('body *')) {
                          const r = e.getBoundingClientRect();
                          if (r.right > innerWidth + 1 && e.getClientRects().length) {
                            out.push((e.id ? '#' + e.id : e.tagName.toLowerCase() + '.' + e.className) + ' right ' + Math.round(r.right));
                          }
                        }
                        return out.slice(0, 15).join('\\n');
                        """);
    }

    /**
     * Buttons inside the window that a click on their middle does not reach (a sticky part or an overlay lies
     * over them); buttons scrolled out of view do not count.
     */
    @SuppressWarnings("unchecked")
    static List<String> coveredButtons(Browser browser) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("""
                        const out = [];
                        const name = e => e.id ? '#' + e.id : e.tagName.toLowerCase() + ' "'
                          + ((e.innerText || e.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' ').slice(0, 40)) + '"';
                        for (const b of document.querySelectorAll('vaadin-button, button, a[href]')) {
                          if (!b.getClientRects().length || getComputedStyle(b).visibility === 'hidden') continue;
                          const r = b.getBoundingClientRect();
                          if (r.width < 2 || r.height < 2 || r.top < 0 || r.left < 0 || r.bottom > innerHeight
                              || r.right > innerWidth) continue;
                          const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                          if (at && !(at === b || b.contains(at) || at.contains(b))) {
                            out.push(name(b) + ' is covered by ' + name(at));
                          }
                        }
                        return out;
                        """);
    }
}
