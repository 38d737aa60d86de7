package id.blitar.kiosk.staff.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Warns a signed-in staff member before an idle session ends. Vaadin's {@code closeIdleSessions} ends a
 * session whose last click or keystroke is older than the session's timeout (set at sign-in from
 * {@link StaffSessionProperties}); heartbeats and pushed worklist updates do not count. At every
 * heartbeat this listener compares the idle time with that timeout and, within
 * {@link StaffSessionProperties#idleWarning()} of the end, pushes a warning with a button that counts as
 * activity. Kiosk sessions (nobody signed in) are left alone.
 *
 * <p>The warning is plain DOM written by a script, not a Vaadin component: a component's client side
 * reports its state back (a notification's {@code opened-changed}), and that report would itself count as
 * activity and keep the session alive for ever.
 */
@Component
class StaffIdleWarning implements VaadinServiceInitListener {

    private static final String HOST = "staff-idle-warning-host";

    private static final String SHOW = """
            let w = document.getElementById('idle-warning');
            if (!w) {
              w = document.createElement('div');
              w.id = 'idle-warning';
              w.setAttribute('role', 'alertdialog');
              w.setAttribute('aria-live', 'assertive');
              w.style.cssText = 'position:fixed;left:50%;top:30%;transform:translateX(-50%);z-index:10000;'
                + 'background:#fff;color:#1a1a1a;border:3px solid #b3261e;border-radius:12px;padding:24px;'
                + 'max-width:32em;font-size:1.25rem;box-shadow:0 8px 32px rgba(0,0,0,.3)';
              const text = document.createElement('p');
              text.id = 'idle-warning-text';
              const stay = document.createElement('button');
              stay.id = 'idle-stay';
              stay.type = 'button';
              stay.style.cssText = 'font-size:1.1rem;padding:12px 24px;min-height:48px;cursor:pointer';
              stay.onclick = () => { w.remove(); $0.$server.stay(); };
              w.append(text, stay);
              document.body.append(w);
            }
            w.querySelector('p').textContent = $1;
            w.querySelector('button').textContent = $2;
            """;

    private static final String HIDE = "const w = document.getElementById('idle-warning'); if (w) { w.remove(); }";

    private final StaffSessionProperties settings;

    StaffIdleWarning(StaffSessionProperties settings) {
        this.settings = settings;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addHeartbeatListener(heartbeat -> check(ui));
        });
        // Vaadin closes an idle session by dropping its own state from the HTTP session; the sign-in lives
        // there too, so the HTTP session goes as well.
        event.getSource().addSessionDestroyListener(destroy -> {
            com.vaadin.flow.server.WrappedSession wrapped = destroy.getSession().getSession();
            if (wrapped != null) {
                try {
                    wrapped.invalidate();
                } catch (IllegalStateException alreadyInvalidated) {
                    // expired by the servlet container
                }
            }
        });
    }

    private void check(UI ui) {
        VaadinSession session = ui.getSession();
        if (session == null || session.getSession() == null || !signedIn()) {
            return;
        }
        long timeoutMillis = session.getSession().getMaxInactiveInterval() * 1000L;
        long idleMillis = System.currentTimeMillis() - session.getLastRequestTimestamp();
        long leftMillis = timeoutMillis - idleMillis;
        if (timeoutMillis > 0 && leftMillis <= 0) {
            // The idle time is over: the sign-in ends now, whatever Vaadin's clean-up does next.
            session.getSession()
                    .removeAttribute(
                            org.springframework.security.web.context.HttpSessionSecurityContextRepository
                                    .SPRING_SECURITY_CONTEXT_KEY);
            SecurityContextHolder.clearContext();
            return;
        }
        boolean warn = timeoutMillis > 0 && leftMillis <= settings.idleWarning().toMillis();
        Host host = ComponentUtil.getData(ui, Host.class);
        if (warn || (host != null && host.shown)) {
            // ui.access: runs once the heartbeat releases the session lock and is pushed to the browser.
            ui.access(() -> {
                Host h = ComponentUtil.getData(ui, Host.class);
                if (h == null) {
                    h = new Host();
                    ComponentUtil.setData(ui, Host.class, h);
                    ui.add(h);
                }
                if (warn) {
                    h.shown = true;
                    h.getElement()
                            .executeJs(
                                    SHOW,
                                    h.getElement(),
                                    ui.getTranslation("staff.idle.warning", Math.max(1, leftMillis / 1000)),
                                    ui.getTranslation("staff.idle.stay"));
                } else {
                    h.shown = false;
                    h.getElement().executeJs(HIDE);
                }
            });
        }
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** An empty element whose server method the warning's button calls: that call is the activity. */
    static final class Host extends Div {

        private boolean shown;

        Host() {
            setId(HOST);
        }

        @ClientCallable
        void stay() {
            shown = false;
        }
    }
}
