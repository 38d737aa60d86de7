package id.blitar.kiosk.server.security;

import id.blitar.kiosk.base.AttemptLimiter;
import id.blitar.kiosk.base.AttemptLimiter.Attempt;
import id.blitar.kiosk.staff.ui.SignInThrottledException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one place that slows down password guessing, for the sign-in form and HTTP Basic alike (Camunda's
 * own growing login delay is switched off, because it refused the right password too and so let anyone
 * lock the manager out).
 *
 * <ul>
 *   <li>Per client address: {@link SignInLimits#perAddress()} failures, then one more per interval — a
 *       guesser at one address is slowed to a crawl, others are not affected.
 *   <li>Per account, for browsers that never signed in with it: {@link SignInLimits#perAccount()}
 *       failures — guessing one account from many addresses is slow too.
 *   <li>A browser that signed in with the account before carries a signed device cookie (OWASP's
 *       "device cookies") and is not held by the account's limit, so an attack on the manager's account
 *       from elsewhere never keeps the manager out of their own browser.
 * </ul>
 *
 * Counts live in this node's memory; a restart or another cluster node starts afresh, which gives a
 * guesser at most one more allowance per node.
 */
@Component
public class SignInThrottle {

    /** The cookie that marks a browser where an account signed in before. */
    public static final String DEVICE_COOKIE = "KIOSK_STAFF_DEVICE";

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    private static final int DEVICE_COOKIE_MAX_AGE = 180 * 24 * 60 * 60;

    private final AttemptLimiter perAddress;
    private final AttemptLimiter perAccount;
    private final byte[] key = new byte[32];

    SignInThrottle(SignInLimits limits) {
        this.perAddress = new AttemptLimiter(limits.perAddress(), limits.perAddressPeriod(), 50_000);
        this.perAccount = new AttemptLimiter(limits.perAccount(), limits.perAccountPeriod(), 10_000);
        new SecureRandom().nextBytes(key);
    }

    /**
     * Takes an attempt for {@code username} from this request's client, or throws
     * {@link SignInThrottledException}. Call {@link #succeeded} or nothing (a failure keeps its count).
     */
    void attempt(String username, HttpServletRequest request) {
        String address = address(request);
        String account = account(username);
        boolean knownDevice = request != null && isKnownDevice(request, account);
        Attempt byAddress = perAddress.tryAttempt(address);
        if (!byAddress.allowed()) {
            log.warn("Sign-in for '{}' from {} refused: too many failures from that address", username, address);
            throw new SignInThrottledException(byAddress.retryAfterSeconds());
        }
        if (!knownDevice) {
            Attempt byAccount = perAccount.tryAttempt(account);
            if (!byAccount.allowed()) {
                perAddress.refund(address);
                log.warn("Sign-in for '{}' from {} refused: too many failures for that account", username, address);
                throw new SignInThrottledException(byAccount.retryAfterSeconds());
            }
        }
    }

    /** The attempt was right: it does not count against the address or the account. */
    void succeeded(String username, HttpServletRequest request) {
        String account = account(username);
        perAddress.refund(address(request));
        if (request == null || !isKnownDevice(request, account)) {
            perAccount.refund(account);
        }
    }

    /** Marks the browser of an interactive sign-in as one this account uses. */
    void rememberDevice(String username, HttpServletRequest request, HttpServletResponse response) {
        Cookie cookie = new Cookie(DEVICE_COOKIE, sign(account(username)));
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setPath("/login");
        cookie.setMaxAge(DEVICE_COOKIE_MAX_AGE);
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
    }

    /** Forgets every count (tests). */
    public void reset() {
        perAddress.reset();
        perAccount.reset();
    }

    private boolean isKnownDevice(HttpServletRequest request, String account) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        byte[] expected = sign(account).getBytes(StandardCharsets.US_ASCII);
        for (Cookie cookie : cookies) {
            if (DEVICE_COOKIE.equals(cookie.getName())
                    && cookie.getValue() != null
                    && MessageDigest.isEqual(expected, cookie.getValue().getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    private String sign(String account) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(account.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String account(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String address(HttpServletRequest request) {
        if (request == null) {
            throw new IllegalStateException("A sign-in outside an HTTP request");
        }
        return request.getRemoteAddr();
    }
}
