package id.blitar.kiosk.base.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;

/**
 * The page around every screen. Push is on so that engine-driven changes (a called queue number, a
 * new task) reach screens after commit. The kiosk stylesheet is plain CSS served as a static
 * resource, so Vaadin keeps its pre-compiled bundle and the build needs no npm.
 */
@Push
// Zoom stays allowed (WCAG 1.4.4); a kiosk browser in kiosk mode disables pinch gestures itself.
@Viewport("width=device-width, initial-scale=1")
@Meta(name = "robots", content = "noindex")
public class KioskAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("stylesheet", "styles/kiosk.css");
        settings.addLink("stylesheet", "styles/manage.css");
        settings.addLink("stylesheet", "styles/models.css");
        settings.addLink("stylesheet", "styles/members.css");
        settings.addLink("stylesheet", "styles/dashboard.css");
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
