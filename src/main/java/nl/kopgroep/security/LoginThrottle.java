package nl.kopgroep.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kopgroep.base.Hashes;
import nl.kopgroep.security.LoginFailureRepository.Counter;
import nl.kopgroep.security.LoginFailureRepository.Key;
import nl.kopgroep.security.LoginFailureRepository.Kind;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing without locking the owner out (docs/security.md, "Sign-in throttling").
 * <ul>
 * <li>Per account + client address: a few free attempts, then an exponential back-off (30 s, 1 min, 2 min …
 * up to 15 min) before the next attempt from that address is even checked. Another address is not affected,
 * so an attacker cannot keep the owner out.</li>
 * <li>Per account from all addresses and per client address over all accounts: a higher number of free
 * attempts, then the same back-off — except for an address the account has signed in from before (its
 * owner's usual address), which only its own per-address back-off applies to.</li>
 * </ul>
 * Every attempt is counted before the password is checked, under a row lock, and un-counted when the
 * password proves right: parallel attempts cannot get more guesses than the limits allow.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    /** The limits; see application.properties ({@code kopgroep.security.login.*}). */
    public record Settings(int freePerAccountAndAddress, int freePerAccount, int freePerAddress, Duration firstDelay,
                           Duration maxDelay, Duration forgetAfter, Duration knownAddressFor) {
    }

    /** An attempt that was allowed and counted as failed; {@link #succeeded} un-counts it. */
    public static final class Attempt {
        private final List<Key> keys;

        private Attempt(List<Key> keys) {
            this.keys = keys;
        }
    }

    private final LoginFailureRepository counters;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final Settings settings;

    @Autowired
    LoginThrottle(LoginFailureRepository counters, PlatformTransactionManager transactions, Clock clock,
                  @Value("${kopgroep.security.login.free-attempts-per-account-and-address:5}") int freePerAccountAndAddress,
                  @Value("${kopgroep.security.login.free-attempts-per-account:20}") int freePerAccount,
                  @Value("${kopgroep.security.login.free-attempts-per-address:30}") int freePerAddress,
                  @Value("${kopgroep.security.login.first-delay:30s}") Duration firstDelay,
                  @Value("${kopgroep.security.login.max-delay:15m}") Duration maxDelay,
                  @Value("${kopgroep.security.login.forget-after:24h}") Duration forgetAfter,
                  @Value("${kopgroep.security.login.known-address-for:90d}") Duration knownAddressFor) {
        this(counters, transactions, clock, new Settings(freePerAccountAndAddress, freePerAccount, freePerAddress,
                firstDelay, maxDelay, forgetAfter, knownAddressFor));
    }

    LoginThrottle(LoginFailureRepository counters, PlatformTransactionManager transactions, Clock clock,
                  Settings settings) {
        this.counters = counters;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Counts an attempt to sign in to {@code account} from {@code address}, or refuses it while a back-off
     * runs (then nothing is counted and the password must not be checked).
     *
     * @throws LoginThrottledException with the time to wait
     */
    public Attempt begin(String account, String address) {
        String name = normalise(account);
        Key pair = new Key(Kind.PAIR, pairSubject(name, address));
        Key accountKey = new Key(Kind.ACCOUNT, accountSubject(name));
        Key addressKey = new Key(Kind.ADDRESS, Hashes.sha256Hex(address));
        List<Key> keys = List.of(pair, accountKey, addressKey);
        for (Key key : keys) {
            retried(() -> ownTransaction.execute(status -> counters.ensure(key)));
        }
        Duration wait = retried(() -> ownTransaction.execute(status -> {
            Instant now = clock.instant();
            Map<Key, Counter> locked = counters.lock(keys);
            Counter pairCount = current(locked.get(pair), now);
            Counter accountCount = current(locked.get(accountKey), now);
            Counter addressCount = current(locked.get(addressKey), now);
            boolean knownAddress = pairCount.lastSuccessAt() != null
                    && pairCount.lastSuccessAt().isAfter(now.minus(settings.knownAddressFor()));
            Duration refused = longest(until(now, pairCount.nextAttemptAt()),
                    knownAddress ? Duration.ZERO : until(now, accountCount.nextAttemptAt()),
                    knownAddress ? Duration.ZERO : until(now, addressCount.nextAttemptAt()));
            if (refused.isPositive()) {
                return refused;
            }
            counters.save(pair, counted(pairCount, now, settings.freePerAccountAndAddress()));
            counters.save(accountKey, counted(accountCount, now, settings.freePerAccount()));
            counters.save(addressKey, counted(addressCount, now, settings.freePerAddress()));
            return Duration.ZERO;
        }));
        if (wait != null && wait.isPositive()) {
            log.info("Sign-in attempt from {} refused for {} s (back-off)", address, wait.toSeconds());
            throw new LoginThrottledException(wait);
        }
        return new Attempt(keys);
    }

    /** The password was right: the address becomes a known one and the attempt no longer counts. */
    public void succeeded(Attempt attempt) {
        retried(() -> ownTransaction.execute(status -> {
            Instant now = clock.instant();
            Map<Key, Counter> locked = counters.lock(attempt.keys);
            Key pair = attempt.keys.getFirst();
            counters.save(pair, new Counter(0, null, null, now));
            for (Key key : attempt.keys.subList(1, attempt.keys.size())) {
                Counter counter = current(locked.get(key), now);
                int failures = Math.max(0, counter.failures() - 1);
                int free = key.kind() == Kind.ACCOUNT ? settings.freePerAccount() : settings.freePerAddress();
                counters.save(key, new Counter(failures, counter.lastFailureAt(),
                        failures < free ? null : counter.nextAttemptAt(), counter.lastSuccessAt()));
            }
            return true;
        }));
    }

    /**
     * Runs a short transaction again when the database chose it as a deadlock victim: creating a missing
     * counter row can meet another attempt creating the same row (InnoDB's insert locks).
     */
    private static <T> T retried(java.util.function.Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (org.springframework.dao.PessimisticLockingFailureException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** Forgets counters without failures for a day that are not the owner's known address (any node may run it). */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    public void forgetOldCounters() {
        Instant now = clock.instant();
        ownTransaction.executeWithoutResult(status ->
                counters.deleteForgotten(now.minus(settings.forgetAfter()), now.minus(settings.knownAddressFor())));
    }

    /** The back-off after {@code failures} counted failures, when {@code free} of them cost nothing. */
    Duration delay(int failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 20);
        Duration delay = settings.firstDelay().multipliedBy(1L << doublings);
        return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
    }

    private Counter counted(Counter counter, Instant now, int free) {
        int failures = counter.failures() + 1;
        Duration delay = delay(failures, free);
        return new Counter(failures, now, delay.isZero() ? null : now.plus(delay), counter.lastSuccessAt());
    }

    /** The counter as it stands now: failures older than {@code forget-after} no longer count. */
    private Counter current(@Nullable Counter counter, Instant now) {
        if (counter == null) {
            return Counter.EMPTY;
        }
        if (counter.lastFailureAt() != null && counter.lastFailureAt().isBefore(now.minus(settings.forgetAfter()))) {
            return new Counter(0, null, null, counter.lastSuccessAt());
        }
        return counter;
    }

    private static Duration until(Instant now, @Nullable Instant moment) {
        return moment == null || !moment.isAfter(now) ? Duration.ZERO : Duration.between(now, moment);
    }

    private static Duration longest(Duration... durations) {
        Duration longest = Duration.ZERO;
        for (Duration duration : durations) {
            if (duration.compareTo(longest) > 0) {
                longest = duration;
            }
        }
        return longest;
    }

    /** The stored subject of an account's counter: a hash, so no typed name is kept. */
    static String accountSubject(String normalisedAccount) {
        return Hashes.sha256Hex(normalisedAccount);
    }

    /** The stored subject of the counter of an account from one client address. */
    static String pairSubject(String normalisedAccount, String address) {
        return Hashes.sha256Hex(normalisedAccount + "\n" + address);
    }

    static String normalise(String account) {
        String trimmed = account.trim().toLowerCase(Locale.ROOT);
        return trimmed.length() > 254 ? trimmed.substring(0, 254) : trimmed;
    }
}
