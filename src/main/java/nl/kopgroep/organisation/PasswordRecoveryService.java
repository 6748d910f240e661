package nl.kopgroep.organisation;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.kopgroep.mail.MailRecipient;
import nl.kopgroep.mail.MailRecipients;
import nl.kopgroep.security.AuditLog;
import nl.kopgroep.security.RequestThrottle;
import nl.kopgroep.security.SignInRoute;
import nl.kopgroep.security.SignInRouting;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * "Wachtwoord vergeten?": anyone may ask for a link for an e-mail address, and always gets the same answer (this
 * method returns nothing and throws only for an address that is not an address at all), so nobody learns whether
 * the address has an account. Only an active account gets mail: one that ever had a password a single-use link
 * valid for {@code kopgroep.security.password-recovery.validity} (default 1 hour) to choose a new one; one that
 * never had a password a fresh invitation. A new link makes every earlier link of the account stop working. The
 * password stays as it is until the person uses the link. Requests are throttled per address and per client
 * address ({@link RequestThrottle}); a refused request sends nothing and is recorded in the audit log. An address
 * whose municipality's provider does not allow passwords gets nothing either (it signs in through the provider; issue
 * 13), recorded as {@code PASSWORD_RECOVERY_PROVIDER_ONLY}.
 */
@Service
@PreAuthorize("permitAll()")
@Transactional
public class PasswordRecoveryService {

    static final String PER_ADDRESS = "RECOVERY_ADDRESS";
    static final String PER_CLIENT = "RECOVERY_CLIENT";

    private final UserAccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final MailRecipients recipients;
    private final AccountLinkDelivery linkDelivery;
    private final RequestThrottle throttle;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Duration validity;
    private final Duration invitationValidity;
    private final int perAddress;
    private final int perClient;
    private final Duration window;
    private final SignInRouting routing;

    PasswordRecoveryService(UserAccountRepository accounts, AccountTokenRepository tokens, MailRecipients recipients,
                            AccountLinkDelivery linkDelivery, RequestThrottle throttle, AuditLog auditLog, Clock clock,
                            @Value("${kopgroep.security.password-recovery.validity:1h}") Duration validity,
                            @Value("${kopgroep.invitation.validity:7d}") Duration invitationValidity,
                            @Value("${kopgroep.security.password-recovery.per-address:3}") int perAddress,
                            @Value("${kopgroep.security.password-recovery.per-client:20}") int perClient,
                            @Value("${kopgroep.security.password-recovery.window:1h}") Duration window,
                            SignInRouting routing) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.recipients = recipients;
        this.linkDelivery = linkDelivery;
        this.throttle = throttle;
        this.auditLog = auditLog;
        this.clock = clock;
        this.validity = validity;
        this.invitationValidity = invitationValidity;
        this.perAddress = perAddress;
        this.perClient = perClient;
        this.window = window;
        this.routing = routing;
    }

    /**
     * Sends a link to the address if it belongs to an active account and the request is not throttled; the
     * caller learns nothing either way.
     *
     * @throws nl.kopgroep.base.DomainException only when the text typed is not an e-mail address
     */
    @PreAuthorize("permitAll()")
    public void request(String typedAddress) {
        String address = InputRules.email(typedAddress);
        String client = clientAddress();
        Optional<UserAccount> found = accounts.findByEmail(address);
        if (!throttle.allow(List.of(new RequestThrottle.Limit(PER_ADDRESS, address, perAddress),
                new RequestThrottle.Limit(PER_CLIENT, client, perClient)), window)) {
            auditLog.recordAnonymous(found.map(UserAccount::id).orElse(null),
                    found.map(UserAccount::organisationId).orElse(null), "PASSWORD_RECOVERY_THROTTLED", client);
            return;
        }
        SignInRoute route = routing.routeFor(address);
        if (route.throughProvider() && !route.passwordsAllowed()) {
            auditLog.recordAnonymous(found.map(UserAccount::id).orElse(null),
                    found.map(UserAccount::organisationId).orElse(null), "PASSWORD_RECOVERY_PROVIDER_ONLY", client);
            return;
        }
        Optional<UserAccount> active = found.filter(UserAccount::active)
                .filter(account -> recipients.find(account.id()).filter(MailRecipient::active).isPresent());
        if (active.isEmpty()) {
            return;
        }
        UserAccount account = active.get();
        if (account.passwordEverSet()) {
            String token = AccountService.issueToken(tokens, clock, account, AccountToken.Purpose.PASSWORD_RECOVERY, validity);
            linkDelivery.deliver(new AccountLink(AccountLink.Kind.PASSWORD_RECOVERY, account.id(),
                    AccountService.RESET_PATH + token, clock.instant().plus(validity)));
        } else {
            String token = AccountService.issueToken(tokens, clock, account, AccountToken.Purpose.INVITATION, invitationValidity);
            linkDelivery.deliver(new AccountLink(AccountLink.Kind.INVITATION, account.id(),
                    AccountService.INVITATION_PATH + token, clock.instant().plus(invitationValidity)));
        }
        auditLog.recordAnonymous(account.id(), account.organisationId(), "PASSWORD_RECOVERY_REQUESTED", client);
    }

    /** The client's address as the servlet container sees it (behind a trusted proxy: the forwarded one). */
    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            if (request.getRemoteAddr() != null) {
                return request.getRemoteAddr();
            }
        }
        return "unknown";
    }
}
