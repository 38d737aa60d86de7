package id.blitar.kiosk.staff.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The page for an address that does not exist or is not for the signed-in account (Vaadin answers a
 * librarian opening a manager's page as "not found", so nobody learns which pages exist), in the screen's
 * language instead of Vaadin's English "Could not navigate to …", with the way back: the worklist for
 * staff, the kiosk for everyone else. The status stays 404 (403 where Vaadin says "denied").
 */
@AnonymousAllowed
public class NotAllowedView extends Div implements HasDynamicTitle {

    NotAllowedView() {
        setId("not-allowed");
        addClassName("staff");
    }

    private String title = "";

    @Override
    public String getPageTitle() {
        return title;
    }

    int show(BeforeEnterEvent event, int status) {
        removeAll();
        boolean staff = signedIn();
        title = getTranslation(staff ? "notAllowed.staff.title" : "notAllowed.title");
        add(new H1(getTranslation(staff ? "notAllowed.staff.title" : "notAllowed.title")));
        add(new Paragraph(getTranslation(staff ? "notAllowed.staff.detail" : "notAllowed.detail")));
        Anchor back =
                new Anchor(staff ? "staff" : "", getTranslation(staff ? "notAllowed.staff.back" : "notAllowed.back"));
        back.setId("not-allowed-back");
        back.addClassName("staff-way-out");
        // A paragraph of its own: a link inside running text must be told apart by more than its colour.
        add(new Paragraph(back));
        return status;
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** Unknown pages and, in production mode, pages the account may not open. */
    @AnonymousAllowed
    public static class NotFound extends NotAllowedView implements HasErrorParameter<NotFoundException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
            return show(event, HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** Pages the account may not open, where Vaadin says so (development mode). */
    @AnonymousAllowed
    public static class Denied extends NotAllowedView implements HasErrorParameter<AccessDeniedException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
            return show(event, HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
