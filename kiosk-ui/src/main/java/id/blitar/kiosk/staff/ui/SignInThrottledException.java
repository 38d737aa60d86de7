package id.blitar.kiosk.staff.ui;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before its password was checked because too many attempts failed from the same
 * client address or for the same account; the sign-in page tells how long to wait.
 */
public class SignInThrottledException extends AuthenticationException {

    private final long retryAfterSeconds;

    public SignInThrottledException(long retryAfterSeconds) {
        super("Too many failed sign-in attempts; retry after " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds until the next attempt is allowed, at least 1. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
