package id.blitar.kiosk.base.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import id.blitar.kiosk.base.LibraryProperties;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The frame of every kiosk screen: library name, a live clock and the three languages on top, the
 * screen in the middle, accessibility switches at the bottom. It also resets the kiosk for the next
 * visitor after a spell without a touch, reads headings aloud when asked, and covers the screen with
 * a friendly message while the connection to the server is lost. Built for 1080×1920 portrait and
 * 1920×1080 landscape touch screens; nothing depends on hover.
 */
public class KioskLayout extends Div implements RouterLayout {

    /** The scan listener every kiosk screen loads: a static resource, never part of Vaadin's bundle. */
    static final String SCAN_SCRIPT = "scripts/kiosk-scan.js";

    /** Longer than any code a scanner sends; the listener never sends more. */
    private static final int MAX_SCAN_CHARS = 1000;

    private static final Logger log = LoggerFactory.getLogger(KioskLayout.class);

    private final Main content = new Main();
    private HasElement currentView;

    public KioskLayout(LibraryProperties library, KioskUiProperties settings) {
        addClassName("kiosk");
        Locale locale = KioskSession.locale();
        Set<Accessibility> options = KioskSession.accessibility();
        options.forEach(o -> addClassName(o.cssClass()));
        boolean fresh = locale.equals(KioskI18nProvider.INDONESIAN) && options.isEmpty();
        getElement().setAttribute("data-fresh", String.valueOf(fresh));

        Span name = new Span(library.name());
        name.addClassName("kiosk-library-name");
        Span clock = new Span();
        clock.addClassName("kiosk-clock");
        clock.setId("kiosk-clock");
        Div brand = new Div(name, clock);
        brand.addClassName("kiosk-brand");
        Header header = new Header(brand, languages(locale));
        header.addClassName("kiosk-header");
        content.addClassName("kiosk-content");
        add(header, content, accessibilityBar(options));

        // The clock runs in the browser: no server round trip each second, always the library's zone.
        // The browser only counts (Intl in the library's zone); day and month names come from DateTexts,
        // so the clock speaks the visitor's language, Basa Jawa included, whatever the browser's own data.
        JsonArray days = Json.createArray();
        DateTexts.dayNames(locale).forEach(d -> days.set(days.length(), d));
        JsonArray months = Json.createArray();
        DateTexts.monthNames(locale).forEach(m -> months.set(months.length(), m));
        clock.getElement()
                .executeJs(
                        "const el = this, days = $0, months = $1;"
                                + " const fmt = new Intl.DateTimeFormat('en-US', {weekday: 'short', day: 'numeric',"
                                + " month: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: $2});"
                                + " const week = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];"
                                + " const tick = () => { const p = {};"
                                + " fmt.formatToParts(new Date()).forEach(x => p[x.type] = x.value);"
                                + " el.textContent = days[week.indexOf(p.weekday)] + ', ' + p.day + ' '"
                                + " + months[Number(p.month) - 1] + ' \u00b7 ' + p.hour + '.' + p.minute; };"
                                + " tick(); clearInterval(window._kioskClock); window._kioskClock = setInterval(tick, 1000);",
                        days,
                        months,
                        library.zone().getId());
        installBrowserBehaviour(settings, locale);
        installScanListener();
    }

    /**
     * Every kiosk screen hears the scanner all the time (no tap needed): the listener buffers from
     * the first keystroke and sends each complete scan to {@link #scan(String, String, double)}. It
     * gets the texts of its "Tercatat…" notice in the kiosk's language.
     */
    private void installScanListener() {
        addAttachListener(e -> {
            e.getUI().getPage().addJavaScript(SCAN_SCRIPT);
            JsonObject texts = Json.createObject();
            texts.put("title", getTranslation("scan.noted.title"));
            texts.put("detail", getTranslation("scan.noted.detail"));
            getElement()
                    .executeJs(
                            "window._kioskScanHost = this; window._kioskScanTexts = $0;"
                                    + " if (window.kioskScan) window.kioskScan.attach(this, $0);",
                            texts);
            tellScanKind();
        });
    }

    /** Tells the scan listener whether the current screen's scans go to the offline queue, and as what. */
    private void tellScanKind() {
        String kind = currentView instanceof QueuedScanScreen screen
                ? screen.queuedScanKind().map(Enum::name).orElse(null)
                : null;
        getElement().executeJs("window._kioskScanKind = $0; if (window.kioskScan) window.kioskScan.setKind($0);", kind);
    }

    /**
     * One complete scan from the listener. A scan field on screen takes it; else the view, when it is
     * a {@link ScanTarget} that takes it (a result screen: the next visitor); else this kiosk's own
     * journey starts with it — check-in, check-out or the event-room door.
     *
     * @param id the kiosk's UUID for a scan it keeps in its offline queue (check-in and check-out
     *     screens), null for a scan sent live only
     * @param raw what the scanner typed, uncleaned, at most 1000 characters
     * @param scannedAtMillis when it was scanned, in milliseconds since the epoch by the kiosk's clock
     * @return whether the kiosk may forget the scan: false when a queued scan was not stored (the
     *     database is away, or nothing took it), so the kiosk keeps it and replays it later
     */
    @ClientCallable
    boolean scan(String id, String raw, double scannedAtMillis) {
        if (raw == null || raw.length() > MAX_SCAN_CHARS) {
            return true; // nothing a replay could store either
        }
        UI ui = getUI().orElse(null);
        if (ui == null) {
            return false;
        }
        UUID scanId = parseId(id);
        if (scanId == null) {
            return deliverOrStart(ui, raw);
        }
        Instant scannedAt = Double.isFinite(scannedAtMillis) && scannedAtMillis > 0
                ? Instant.ofEpochMilli((long) scannedAtMillis)
                : Instant.now();
        try {
            return new LiveScan(scanId, scannedAt).during(ui, () -> deliverOrStart(ui, raw));
        } catch (RuntimeException e) {
            // Not stored (typically the database is away): the kiosk keeps the scan and replays it.
            log.warn("Kiosk scan {} not stored; it stays in the kiosk's offline queue", scanId, e);
            return false;
        }
    }

    private boolean deliverOrStart(UI ui, String raw) {
        if (deliver(ui, raw)) {
            return true;
        }
        String journey = switch (KioskSession.mode()) {
            case EXIT -> "check-out";
            case EVENT_ROOM -> "pintu-kegiatan";
            default -> "check-in";
        };
        ui.navigate(journey);
        return deliver(ui, raw);
    }

    private static UUID parseId(String id) {
        if (id == null) {
            return null;
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private boolean deliver(UI ui, String raw) {
        Optional<CardScanPanel> panel = CardScanPanel.activeIn(ui);
        if (panel.isPresent()) {
            panel.get().submitScan(raw);
            return true;
        }
        return currentView instanceof ScanTarget target && target.scanned(raw);
    }

    private Div languages(Locale current) {
        Div languages = new Div();
        languages.addClassName("kiosk-languages");
        languages.getElement().setAttribute("role", "group");
        languages.getElement().setAttribute("aria-label", getTranslation("language.aria"));
        for (Locale locale : KioskI18nProvider.LOCALES) {
            String code = locale.getLanguage();
            // Each language is named in itself, so a visitor finds their own.
            Button button = new Button(getTranslation(locale, "language." + code));
            button.setId("language-" + code);
            button.addClassName("kiosk-language");
            button.getElement().setAttribute("lang", code);
            button.getElement().setAttribute("aria-pressed", String.valueOf(locale.equals(current)));
            // No page reload (the screen blanked for seconds): the session's and the UI's locale change and
            // the route chain, this layout included, is built again, so every text — also those handed to
            // the browser scripts — is in the new language, and the scan listener keeps listening.
            button.addClickListener(e -> {
                KioskSession.setLocale(locale);
                UI.getCurrent().refreshCurrentRoute(true);
            });
            languages.add(button);
        }
        return languages;
    }

    private Footer accessibilityBar(Set<Accessibility> active) {
        Footer bar = new Footer();
        bar.addClassName("kiosk-accessibility");
        bar.getElement().setAttribute("role", "group");
        bar.getElement().setAttribute("aria-label", getTranslation("a11y.aria"));
        for (Accessibility option : Accessibility.values()) {
            Button toggle =
                    new Button(getTranslation(option.label()), option.icon().create());
            toggle.setId("a11y-" + option.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            toggle.getElement().setAttribute("aria-pressed", String.valueOf(active.contains(option)));
            toggle.addClickListener(e -> {
                boolean on = KioskSession.toggle(option);
                setClassName(option.cssClass(), on);
                toggle.getElement().setAttribute("aria-pressed", String.valueOf(on));
                getElement().setAttribute("data-fresh", "false");
                if (option == Accessibility.SPEECH && on) {
                    getElement().executeJs("this._spoken = null; this._speakHeading && this._speakHeading();");
                } else if (option == Accessibility.SPEECH) {
                    getElement().executeJs("this._speakHeading && this._speakHeading();");
                }
            });
            bar.add(toggle);
        }
        // Said when the screen cannot be read aloud in its language, or is read with another language's voice.
        Div speechNote = new Div();
        speechNote.setId("kiosk-speech-note");
        speechNote.addClassName("kiosk-speech-note");
        speechNote.getElement().setAttribute("role", "status");
        speechNote.getElement().setAttribute("hidden", true);
        bar.add(speechNote);
        return bar;
    }

    private void installBrowserBehaviour(KioskUiProperties settings, Locale locale) {
        JsonObject texts = Json.createObject();
        for (String key : new String[] {
            "idle.title", "idle.detail", "idle.continue", "reconnect.title", "reconnect.detail", "reconnect.scans"
        }) {
            texts.put(key, getTranslation(key));
        }
        texts.put("a11y.speechFallback", getTranslation("a11y.speechFallback"));
        texts.put("a11y.speechUnavailable", getTranslation("a11y.speechUnavailable"));
        String speechLanguage = KioskI18nProvider.supported(locale).getLanguage();
        getElement().executeJs("""
                        const host = this;
                        const idleMs = $0 * 1000, countdown = $1, t = $2, speechLang = $3;
                        // One set of timers per page: a layout built again (a language switch) stops the last one's.
                        if (window._kioskTimers) { window._kioskTimers.forEach(clearInterval); }
                        host._kioskTimers = window._kioskTimers = [];
                        // Sticky form endings stay just above the accessibility bar (and, in the low layout, the
                        // header above it), whatever their heights.
                        const bar = host.querySelector('.kiosk-accessibility');
                        const header = host.querySelector('.kiosk-header');
                        if (window._kioskBarObserver) { window._kioskBarObserver.disconnect(); }
                        if (bar && window.ResizeObserver) {
                          window._kioskBarObserver = new ResizeObserver(() => {
                            host.style.setProperty('--kiosk-bar-height', bar.offsetHeight + 'px');
                            if (header) { host.style.setProperty('--kiosk-header-height', header.offsetHeight + 'px'); }
                          });
                          window._kioskBarObserver.observe(bar);
                          if (header) { window._kioskBarObserver.observe(header); }
                        }
                        const overlay = (id, title, detail, button) => {
                          const o = document.createElement('div');
                          o.id = id;
                          o.className = 'kiosk-overlay';
                          o.setAttribute('role', 'alertdialog');
                          o.setAttribute('aria-modal', 'true');
                          o.innerHTML = '<div class="kiosk-overlay-box"><h2></h2><p></p></div>';
                          o.querySelector('h2').textContent = title;
                          o.querySelector('p').textContent = detail;
                          if (button) {
                            const b = document.createElement('button');
                            b.id = id + '-continue';
                            b.className = 'kiosk-overlay-button';
                            b.textContent = button;
                            o.firstChild.appendChild(b);
                          }
                          document.body.appendChild(o);
                          return o;
                        };

                        // Idle reset: any touch, key or scan counts as activity.
                        let last = Date.now(), idle = null, left = 0;
                        const activity = () => {
                          last = Date.now();
                          if (idle) { idle.remove(); idle = null; }
                        };
                        if (!window._kioskActivity) {
                          ['pointerdown', 'keydown', 'touchstart', 'wheel'].forEach(type =>
                            document.addEventListener(type, () => window._kioskActivity(), {capture: true, passive: true}));
                        }
                        window._kioskActivity = activity;
                        host._kioskTimers.push(setInterval(() => {
                          const untouched = host.dataset.fresh === 'true' && document.getElementById('attract');
                          if (untouched) { last = Date.now(); return; }
                          if (!idle && Date.now() - last >= idleMs) {
                            left = countdown;
                            idle = overlay('kiosk-idle', t['idle.title'], t['idle.detail'].replace('{0}', left), t['idle.continue']);
                          } else if (idle) {
                            left--;
                            if (left <= 0) {
                              idle.remove(); idle = null; last = Date.now();
                              host.$server.idleTimeout();
                            } else {
                              idle.querySelector('p').textContent = t['idle.detail'].replace('{0}', left);
                            }
                          }
                        }, 1000));

                        // Read headings aloud when the visitor asked for it. Which voice: one of the screen's
                        // language; for Basa Jawa, which browsers rarely have, an Indonesian (or Malay) voice
                        // reading the Javanese text on screen (Latin-script Javanese is spelt almost as
                        // Indonesian is, so it comes out understandable, and what is heard is what is shown);
                        // without a fitting voice nothing is read (never an English voice mangling the
                        // text) and the bar says so.
                        window.kioskSpeech = {
                          wanted: {jv: ['jv', 'jw', 'id', 'in', 'ms'], id: ['id', 'in', 'ms'], en: ['en']},
                          choose(voices, lang) {
                            const prefixes = this.wanted[lang] || [lang];
                            for (const prefix of prefixes) {
                              const fits = (voices || []).filter(v => (v.lang || '').toLowerCase().replace('_', '-')
                                .split('-')[0] === prefix);
                              const voice = fits.find(v => v.localService) || fits[0];
                              if (voice) {
                                // Only Javanese is ever read in another language (an Indonesian or Malay
                                // voice for Indonesian is the same language).
                                return {voice: voice, lang: voice.lang,
                                  fallback: lang === 'jv' && prefix !== 'jv' && prefix !== 'jw'};
                              }
                            }
                            return null;
                          }
                        };
                        const speechNote = (text) => {
                          const note = host.querySelector('#kiosk-speech-note');
                          // Only a change: the heading observer below sees this note's mutations too.
                          if (!note || note.textContent === (text || '')) return;
                          note.textContent = text || '';
                          note.hidden = !text;
                        };
                        host._speakHeading = (waited) => {
                          if (!host.classList.contains('kiosk-speech')) { speechNote(''); return; }
                          if (!('speechSynthesis' in window)) { speechNote(t['a11y.speechUnavailable']); return; }
                          const voices = speechSynthesis.getVoices();
                          if (!voices.length && !waited) {
                            // Chromium loads its voices after the page: decide once they are there, or soon
                            // (one wait at a time, however many changes the screen makes meanwhile).
                            if (host._voiceWait) return;
                            const retry = () => {
                              speechSynthesis.removeEventListener('voiceschanged', retry);
                              clearTimeout(host._voiceWait);
                              host._voiceWait = null;
                              host._speakHeading(true);
                            };
                            speechSynthesis.addEventListener('voiceschanged', retry);
                            host._voiceWait = setTimeout(retry, 1500);
                            return;
                          }
                          const choice = window.kioskSpeech.choose(voices, speechLang);
                          if (!choice) { speechNote(t['a11y.speechUnavailable']); return; }
                          speechNote(choice.fallback ? t['a11y.speechFallback'] : '');
                          const h = host.querySelector('main h1');
                          if (!h || h.textContent === host._spoken) return;
                          host._spoken = h.textContent;
                          speechSynthesis.cancel();
                          const u = new SpeechSynthesisUtterance(h.textContent);
                          u.lang = choice.lang;
                          u.voice = choice.voice;
                          speechSynthesis.speak(u);
                        };
                        if (!host._observer) {
                          host._observer = new MutationObserver(() => host._speakHeading());
                          host._observer.observe(host, {childList: true, subtree: true, characterData: true});
                        }

                        // Connection loss: a calm full-screen message; once the server answers again the
                        // kiosk starts afresh on its own (a restarted server has no session to resume).
                        // Vaadin notices a dead server only at its next request, so the kiosk asks the
                        // health endpoint itself every few seconds.
                        let failures = 0;
                        host._kioskTimers.push(setInterval(() => {
                          const store = window.Vaadin && window.Vaadin.connectionState;
                          const vaadinLost = store && (store.state === 'reconnecting' || store.state === 'connection-lost');
                          // A dropped Wi-Fi swallows requests without an answer: 5 s of silence is "away".
                          const abort = new AbortController();
                          const timer = setTimeout(() => abort.abort(), 5000);
                          fetch('actuator/health', {cache: 'no-store', signal: abort.signal})
                            .then(r => r.ok, () => false)
                            .finally(() => clearTimeout(timer))
                            .then(up => {
                              failures = up ? 0 : failures + 1;
                              const shown = document.getElementById('kiosk-reconnect');
                              if (!shown && (failures >= 2 || vaadinLost)) {
                                const o = overlay('kiosk-reconnect', t['reconnect.title'], t['reconnect.detail']);
                                if (window.kioskScan && window.kioskScan.kind()) {
                                  // Scans still count here: the offline queue keeps them.
                                  const p = document.createElement('p');
                                  p.className = 'kiosk-reconnect-scans';
                                  p.textContent = t['reconnect.scans'];
                                  o.firstChild.appendChild(p);
                                }
                              } else if (shown && up) {
                                // Only once the page itself answers: never the browser's error page.
                                if (window.kioskScan) {
                                  window.kioskScan.reloadWhenUp(document.baseURI);
                                } else {
                                  window.location.href = document.baseURI;
                                }
                              }
                            });
                        }, 3000));
                        """, settings.idleSeconds(), settings.idleCountdownSeconds(), texts, speechLanguage);
    }

    /** The visitor walked away: start over for the next one. */
    @ClientCallable
    void idleTimeout() {
        getUI().ifPresent(KioskSession::nextVisitor);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        currentView = view;
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
        tellScanKind();
    }

    /** A large touch button with an icon and a label, as every kiosk choice looks. */
    public static Button bigButton(String text, Component icon) {
        Button button = new Button(text, icon);
        button.addClassName("kiosk-big-button");
        return button;
    }
}
