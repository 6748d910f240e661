package nl.kopgroep.security;

import jakarta.servlet.http.HttpSession;
import nl.kopgroep.base.UserId;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends sessions of an account on every node: the account gets a new security stamp in the database, and
 * {@link ActiveAccountFilter} ends every session whose stamp differs at its next request. Called by
 * services after they have authorised the action (a password reset, a re-invitation, a second-factor
 * reset, the person's own password change).
 */
@Component
public class AccountSessions {

    private final AccountDirectory accounts;
    private final CurrentUser currentUser;

    AccountSessions(AccountDirectory accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** Every session of the account ends at its next request, including the caller's if it is theirs. */
    public void endAllSessions(UserId account) {
        accounts.renewSecurityStamp(account);
    }

    /**
     * Every other session of the signed-in person ends at its next request; the one making this request
     * carries the new stamp and goes on.
     */
    public void endOtherSessionsOfCurrentUser() {
        KopgroepUser me = currentUser.require();
        long stamp = accounts.renewSecurityStamp(me.id());
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication current = context.getAuthentication();
        KopgroepUser renewed = me.withSecurityStamp(stamp);
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(renewed, null, renewed.getAuthorities());
        authentication.setDetails(current == null ? null : current.getDetails());
        context.setAuthentication(authentication);
        // The context is the session's own object; storing it again also tells replicating session stores.
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            if (session != null) {
                session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            }
        }
    }
}
