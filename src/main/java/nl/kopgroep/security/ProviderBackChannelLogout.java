package nl.kopgroep.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import nl.kopgroep.base.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * OpenID Connect Back-Channel Logout 1.0: Spring Security receives the provider's logout token at
 * {@code /logout/connect/back-channel/<municipality code>} and validates it (signature, issuer, audience, events,
 * no nonce); this ends every Kopgroep session of the accounts linked to that person at that provider, on every
 * node, by renewing their security stamp ({@link AccountSessions}; the next request of each session finds it
 * changed). Without a {@code sub} (a logout by provider session id only) there is nothing to match: answered with
 * success, as nothing of ours belongs to it, and the sessions end at their next token refresh instead.
 */
class ProviderBackChannelLogout implements LogoutHandler {

    private static final Logger log = LoggerFactory.getLogger(ProviderBackChannelLogout.class);

    private final ProviderLinkStore links;
    private final AccountDirectory accounts;
    private final AuditLog auditLog;
    private final TransactionTemplate transactions;

    ProviderBackChannelLogout(ProviderLinkStore links, AccountDirectory accounts, AuditLog auditLog,
                              TransactionTemplate transactions) {
        this.links = links;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.transactions = transactions;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof OidcLogoutToken token)) {
            return;
        }
        String issuer = token.getIssuer() == null ? "" : token.getIssuer().toString();
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            log.info("Back-channel logout from {} without a subject (session id only): nothing to end", issuer);
            return;
        }
        transactions.executeWithoutResult(status -> {
            List<UserId> linked = links.accountsOf(issuer, subject);
            for (UserId account : linked) {
                accounts.renewSecurityStamp(account);
                accounts.findForLogin(account).ifPresent(found -> auditLog.record(found.organisationId(), found.id(),
                        found.email(), "LOGOUT_PROVIDER_BACK_CHANNEL", issuer));
            }
        });
    }
}
