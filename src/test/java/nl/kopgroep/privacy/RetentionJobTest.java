package nl.kopgroep.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.core.LockProvider;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.UserId;
import nl.kopgroep.organisation.AccountForm;
import nl.kopgroep.organisation.AccountService;
import nl.kopgroep.organisation.OrganisationDirectory;
import nl.kopgroep.security.AuditLog;
import nl.kopgroep.security.KopgroepUser;
import nl.kopgroep.security.PersonalRecords;
import nl.kopgroep.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly retention job, driven by the clock it is given (no waiting): drafts, audit addresses,
 * audit events and deactivated accounts go exactly when their term has passed, and two runs at the same
 * time (two nodes) do the work once, through the ShedLock row in the database.
 */
@KopgroepTest
class RetentionJobTest {

    @Autowired RetentionSettings settings;
    @Autowired Erasure erasure;
    @Autowired PrivacyAccounts accounts;
    @Autowired PersonalRecords records;
    @Autowired AuditLog auditLog;
    @Autowired LockProvider lockProvider;
    @Autowired PlatformTransactionManager transactions;
    @Autowired AccountService accountService;
    @Autowired ErasureService erasureService;
    @Autowired OrganisationDirectory directory;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void theSettingsHaveTheDocumentedDefaults() {
        assertThat(settings).isEqualTo(new RetentionSettings(Period.ofDays(30), Period.ofMonths(12), Period.ofMonths(24),
                Period.ofMonths(24)));
    }

    @Test
    void eachKindGoesWhenItsTermHasPassed() {
        Instant now = clock.instant();
        long sanne = directory.accountByEmail(DemoUsers.PARTICIPANT).orElseThrow().value();
        long oldDraft = draft(sanne, "retentie-31", now.minus(Duration.ofDays(31)));
        long youngDraft = draft(sanne, "retentie-29", now.minus(Duration.ofDays(29)).plus(Duration.ofHours(1)));
        long oldLogin = audit("LOGIN", "198.51.100.1", monthsBefore(now, 13));
        long youngLogin = audit("LOGIN", "198.51.100.2", monthsBefore(now, 11));
        long oldEvent = audit("RETENTION_PROOF", "user 0", monthsBefore(now, 25));
        long youngEvent = audit("RETENTION_PROOF", "user 0", monthsBefore(now, 23));

        DemoUsers.signIn(users, DemoUsers.ADMIN);
        KopgroepUser admin = (KopgroepUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        UserId leftLongAgo = leaver(admin, "Lang Geleden", "lang.geleden@voorbeeldstad.nl", monthsBefore(now, 25));
        UserId leftRecently = leaver(admin, "Pas Vertrokken", "pas.vertrokken@voorbeeldstad.nl", monthsBefore(now, 23));
        DemoUsers.signOut();

        RetentionReport report = job(Clock.fixed(now, clock.getZone())).run();

        assertThat(report.ran()).isTrue();
        assertThat(exists("reflection_draft", oldDraft)).isFalse();
        assertThat(exists("reflection_draft", youngDraft)).isTrue();
        assertThat(target(oldLogin)).as("the address of a sign-in 13 months ago").isNull();
        assertThat(target(youngLogin)).isEqualTo("198.51.100.2");
        assertThat(exists("audit_event", oldEvent)).isFalse();
        assertThat(exists("audit_event", youngEvent)).isTrue();
        assertThat(accounts.subject(leftLongAgo)).as("deactivated 25 months ago: erased").isEmpty();
        assertThat(accounts.subject(leftRecently)).as("deactivated 23 months ago: kept").isPresent();
        assertThat(jdbc.queryForList("SELECT target FROM audit_event WHERE action = 'ACCOUNT_ERASED_RETENTION'", String.class))
                .contains("user " + leftLongAgo.value());

        // two days later the young draft has passed its 30 days too; the rest is still within its term
        RetentionReport later = job(Clock.offset(Clock.fixed(now, clock.getZone()), Duration.ofDays(2))).run();
        assertThat(later.ran()).isTrue();
        assertThat(exists("reflection_draft", youngDraft)).isFalse();
        assertThat(target(youngLogin)).isEqualTo("198.51.100.2");
        assertThat(accounts.subject(leftRecently)).isPresent();

        DemoUsers.signIn(users, DemoUsers.ADMIN);
        erasureService.erase(leftRecently, "Pas Vertrokken");
        jdbc.update("DELETE FROM audit_event WHERE id IN (?, ?, ?)", youngEvent, oldLogin, youngLogin);
    }

    @Test
    void twoNodesRunningAtOnceDoTheWorkOnce() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch working = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        PersonalDataPart slowPart = new PersonalDataPart() {
            @Override
            public int erasureOrder() {
                return 0;
            }

            @Override
            public void exportMine(PersonalDataExport export) {
            }

            @Override
            public Map<String, Long> erasureCounts(ErasureSubject person) {
                return Map.of();
            }

            @Override
            public void erase(ErasureSubject person) {
            }

            @Override
            public int applyRetention(RetentionSettings settings, Instant now) {
                runs.incrementAndGet();
                working.countDown();
                try {
                    assertThat(mayFinish.await(30, TimeUnit.SECONDS)).isTrue();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return 1;
            }
        };
        Clock fixed = Clock.fixed(clock.instant(), clock.getZone());
        RetentionJob nodeA = job(fixed, new Erasure(List.of(slowPart)));
        RetentionJob nodeB = job(fixed, new Erasure(List.of(slowPart)));

        CompletableFuture<RetentionReport> first = CompletableFuture.supplyAsync(nodeA::run);
        assertThat(working.await(30, TimeUnit.SECONDS)).as("node A is inside the job").isTrue();
        RetentionReport second = nodeB.run();
        mayFinish.countDown();

        assertThat(second.ran()).as("node B finds the lock taken and skips").isFalse();
        assertThat(first.get(30, TimeUnit.SECONDS).ran()).isTrue();
        assertThat(runs).hasValue(1);

        assertThat(nodeB.run().ran()).as("once A is done, the next night runs again").isTrue();
        assertThat(runs).hasValue(2);
    }

    private RetentionJob job(Clock at) {
        return job(at, erasure);
    }

    private RetentionJob job(Clock at, Erasure parts) {
        return new RetentionJob(settings, parts, accounts, records, auditLog, lockProvider, transactions, at, Duration.ZERO);
    }

    private UserId leaver(KopgroepUser admin, String name, String email, Instant deactivatedAt) {
        UserId id = accountService.create(admin.organisationId(), new AccountForm(name, email, Set.of(Role.PARTICIPANT)))
                .account().id();
        accountService.deactivate(id);
        jdbc.update("UPDATE app_user SET deactivated_at = ? WHERE id = ?", utc(deactivatedAt), id.value());
        return id;
    }

    private long draft(long author, String key, Instant savedAt) {
        jdbc.update("""
                INSERT INTO reflection_draft (author_id, draft_key, title, body, visibility, saved_at)
                VALUES (?, ?, 'Concept', 'Tekst', 'PRIVATE', ?)""", author, key, utc(savedAt));
        return jdbc.queryForObject("SELECT id FROM reflection_draft WHERE author_id = ? AND draft_key = ?", Long.class,
                author, key);
    }

    private long audit(String action, String target, Instant at) {
        jdbc.update("INSERT INTO audit_event (occurred_at, action, target) VALUES (?, ?, ?)", utc(at), action, target);
        return jdbc.queryForObject("SELECT MAX(id) FROM audit_event WHERE action = ?", Long.class, action);
    }

    private boolean exists(String table, long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE id = ?", Long.class, id) > 0;
    }

    private String target(long auditEvent) {
        return jdbc.queryForObject("SELECT target FROM audit_event WHERE id = ?", String.class, auditEvent);
    }

    private Instant monthsBefore(Instant now, int months) {
        return ZonedDateTime.ofInstant(now, clock.getZone()).minusMonths(months).minusDays(1).toInstant();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
