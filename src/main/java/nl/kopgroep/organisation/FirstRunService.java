package nl.kopgroep.organisation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.security.AuditLog;
import nl.kopgroep.security.PasswordPolicy;
import nl.kopgroep.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator of a new installation: either from configuration, or through a one-time
 * set-up link written to a file only the operator reads ({@link FirstRunLinkFile}; the log says where,
 * never the link). Open to anonymous callers on purpose (nobody can sign in yet); the token from that
 * file is the authorisation, and it works only while no administrator exists.
 */
@Service
@PreAuthorize("permitAll()")
@Transactional
public class FirstRunService {

    private static final Logger log = LoggerFactory.getLogger(FirstRunService.class);

    private final UserAccountRepository accounts;
    private final OrganisationRepository organisations;
    private final AccountTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditLog auditLog;
    private final Clock clock;
    private final FirstRunLinkFile linkFile;

    FirstRunService(UserAccountRepository accounts, OrganisationRepository organisations, AccountTokenRepository tokens,
                    PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, AuditLog auditLog, Clock clock,
                    FirstRunLinkFile linkFile) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.auditLog = auditLog;
        this.clock = clock;
        this.linkFile = linkFile;
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean setUpNeeded() {
        return !accounts.existsWithRole(Role.ADMIN);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean validToken(String token) {
        return setUpNeeded() && usable(token);
    }

    /** Creates the host organisation and its first administrator, and retires every set-up link. */
    @PreAuthorize("permitAll()")
    public void complete(String token, FirstRunForm form) {
        if (!setUpNeeded() || !usable(token)) {
            throw new DomainException("setup.invalid");
        }
        createHostAndAdmin(form);
        tokens.findByPurpose(AccountToken.Purpose.FIRST_RUN).forEach(t -> t.markUsed(clock.instant()));
        linkFile.remove();
    }

    /** Called at start-up: the administrator from configuration, else a set-up link in the operator's file. */
    @PreAuthorize("permitAll()")
    public void prepare(FirstRunForm configured, String baseUrl) {
        if (!setUpNeeded()) {
            linkFile.remove();
            return;
        }
        boolean configuredAdmin = !configured.email().isBlank() && !configured.password().isBlank();
        if (configuredAdmin) {
            createHostAndAdmin(configured);
            log.info("First administrator {} created from configuration", configured.email());
            return;
        }
        String token = Tokens.newToken();
        Instant now = clock.instant();
        tokens.save(new AccountToken(AccountToken.Purpose.FIRST_RUN, Tokens.hash(token), null, now,
                now.plus(Duration.ofHours(24))));
        linkFile.write("Set up Kopgroep within 24 hours at " + baseUrl + "/inrichten/" + token);
        log.warn("No administrator yet. The one-time set-up link (valid 24 hours) is in {}, readable by the operator only",
                linkFile.path());
    }

    private void createHostAndAdmin(FirstRunForm form) {
        String organisationName = InputRules.name(form.organisationName(), "organisation.name");
        String name = InputRules.name(form.displayName(), "account.displayName");
        String email = InputRules.email(form.email());
        passwordPolicy.check(form.password(), form.repeatedPassword(), email, name, organisationName);
        if (accounts.existsByEmail(email)) {
            throw new DomainException("account.emailTaken", email);
        }
        Instant now = clock.instant();
        Organisation host = organisations.findByCode(InputRules.code(organisationName))
                .orElseGet(() -> organisations.save(
                        new Organisation(InputRules.code(organisationName), organisationName, true, now)));
        UserAccount admin = new UserAccount(host.id(), email, name, Set.of(Role.ADMIN), now);
        admin.setPasswordHash(passwordEncoder.encode(form.password()));
        accounts.save(admin);
        auditLog.record(host.id(), admin.id(), email, "FIRST_ADMIN_CREATED", "user " + admin.id());
    }

    private boolean usable(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return false;
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(Tokens.hash(token))
                .filter(t -> t.purpose() == AccountToken.Purpose.FIRST_RUN && t.usableAt(now))
                .isPresent();
    }
}
