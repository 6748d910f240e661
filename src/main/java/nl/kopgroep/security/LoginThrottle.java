package nl.kopgroep.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles guessing: after too many failed sign-ins within the window, an account (whatever the
 * address) and a client address (whatever the account) are refused until the window has passed.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final LoginFailureRepository failures;
    private final Clock clock;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;

    LoginThrottle(LoginFailureRepository failures, Clock clock,
                  @Value("${kopgroep.security.login.max-failures-per-account:5}") int maxPerAccount,
                  @Value("${kopgroep.security.login.max-failures-per-address:30}") int maxPerAddress,
                  @Value("${kopgroep.security.login.window:15m}") Duration window) {
        this.failures = failures;
        this.clock = clock;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
    }

    @Transactional(readOnly = true)
    public boolean isBlocked(String account, String address) {
        Instant since = clock.instant().minus(window);
        return failures.countSince(LoginFailureRepository.Kind.ACCOUNT, normalise(account), since) >= maxPerAccount
                || failures.countSince(LoginFailureRepository.Kind.ADDRESS, address, since) >= maxPerAddress;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String account, String address) {
        Instant now = clock.instant();
        failures.record(LoginFailureRepository.Kind.ACCOUNT, normalise(account), now);
        failures.record(LoginFailureRepository.Kind.ADDRESS, address, now);
        log.info("Failed sign-in from {}", address);
    }

    @Transactional
    public void recordSuccess(String account) {
        failures.clear(LoginFailureRepository.Kind.ACCOUNT, normalise(account));
    }

    /** Minutes a blocked person has to wait at most; shown in the message. */
    public long windowMinutes() {
        return window.toMinutes();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    public void forgetOldFailures() {
        failures.deleteOlderThan(clock.instant().minus(window.multipliedBy(4)));
    }

    private static String normalise(String account) {
        String trimmed = account.trim().toLowerCase(Locale.ROOT);
        return trimmed.length() > 254 ? trimmed.substring(0, 254) : trimmed;
    }
}
