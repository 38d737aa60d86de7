package id.blitar.kiosk.staff.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in for librarians and managers; the same account opens Camunda's webapps. */
@Route("login")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final LoginI18n.Form texts;

    public LoginView() {
        setId("login");
        addClassName("staff");
        getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "center");
        LoginI18n i18n = LoginI18n.createDefault();
        texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");
        add(new H1(getTranslation("login.heading")), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.setForm(texts);
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (parameters.containsKey("throttled")) {
            long seconds = parameters.get("throttled").stream()
                    .findFirst()
                    .filter(v -> v.matches("\\d{1,6}"))
                    .map(Long::parseLong)
                    .orElse(60L);
            error.setTitle(getTranslation("login.throttled.title"));
            error.setMessage(getTranslation("login.throttled.message", (seconds + 59) / 60));
        } else {
            error.setTitle(getTranslation("login.error.title"));
            error.setMessage(getTranslation("login.error.message"));
        }
        form.setI18n(i18n);
        form.setError(parameters.containsKey("error") || parameters.containsKey("throttled"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
