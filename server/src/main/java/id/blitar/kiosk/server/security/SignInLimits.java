package id.blitar.kiosk.server.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many failed sign-ins are allowed before the next one has to wait (token buckets: the number at
 * once, then that many again spread over the period).
 *
 * @param perAddress failed attempts from one client address, any account; default 10
 * @param perAddressPeriod default 10 minutes (so one more guess a minute)
 * @param perAccount failed attempts for one account from browsers it never signed in with; default 30
 * @param perAccountPeriod default 1 hour
 */
@ConfigurationProperties("kiosk.staff.sign-in")
public record SignInLimits(
        Integer perAddress, Duration perAddressPeriod, Integer perAccount, Duration perAccountPeriod) {

    public SignInLimits {
        perAddress = perAddress == null || perAddress < 1 ? 10 : perAddress;
        perAddressPeriod = positive(perAddressPeriod, Duration.ofMinutes(10));
        perAccount = perAccount == null || perAccount < 1 ? 30 : perAccount;
        perAccountPeriod = positive(perAccountPeriod, Duration.ofHours(1));
    }

    private static Duration positive(Duration value, Duration fallback) {
        return value == null || value.isZero() || value.isNegative() ? fallback : value;
    }
}
