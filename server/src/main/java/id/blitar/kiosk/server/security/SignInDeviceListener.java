package id.blitar.kiosk.server.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** After a sign-in at the form, the browser is remembered as one the account uses ({@link SignInThrottle}). */
@Component
class SignInDeviceListener {

    private final SignInThrottle throttle;

    SignInDeviceListener(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getResponse() != null) {
            throttle.rememberDevice(
                    event.getAuthentication().getName(), attributes.getRequest(), attributes.getResponse());
        }
    }
}
