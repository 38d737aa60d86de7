package id.blitar.kiosk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Where a screen whose session expired (its node went away, or a restart) comes back. */
class KioskServiceInitTest {

    private static VaadinServletRequest fromPage(String contextPath, String referer) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", contextPath + "/");
        request.setContextPath(contextPath);
        if (referer != null) {
            request.addHeader("Referer", referer);
        }
        return new VaadinServletRequest(request, null);
    }

    @Test
    void shouldBringWallScreensBackAsThemselves() {
        assertThat(KioskServiceInit.wallScreen(fromPage("", "https://kiosk.example.org/board")))
                .contains("board");
        assertThat(KioskServiceInit.wallScreen(fromPage("/perpus", "http://10.0.0.5:8080/perpus/pintu-kegiatan")))
                .contains("pintu-kegiatan");
    }

    @Test
    void shouldStartEveryOtherKioskScreenOverAtTheAttractScreen() {
        assertThat(KioskServiceInit.wallScreen(fromPage("", "https://kiosk.example.org/kegiatan")))
                .isEmpty();
        assertThat(KioskServiceInit.wallScreen(fromPage("", "https://kiosk.example.org/board/../ask")))
                .isEmpty();
        assertThat(KioskServiceInit.wallScreen(fromPage("", "https://kiosk.example.org/")))
                .isEmpty();
        assertThat(KioskServiceInit.wallScreen(fromPage("", null))).isEmpty();
        assertThat(KioskServiceInit.wallScreen(fromPage("", "::not a uri"))).isEmpty();
    }
}
