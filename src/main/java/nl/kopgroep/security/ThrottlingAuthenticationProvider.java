package nl.kopgroep.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Password sign-in, refused while the account or the client address is throttled. */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwordProvider;
    private final LoginThrottle throttle;
    private final AuditLog auditLog;

    ThrottlingAuthenticationProvider(AuthenticationProvider passwordProvider, LoginThrottle throttle, AuditLog auditLog) {
        this.passwordProvider = passwordProvider;
        this.throttle = throttle;
        this.auditLog = auditLog;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String account = authentication.getName() == null ? "" : authentication.getName();
        String address = clientAddress(authentication);
        if (throttle.isBlocked(account, address)) {
            throw new LoginThrottledException();
        }
        try {
            Authentication result = passwordProvider.authenticate(authentication);
            throttle.recordSuccess(account);
            if (result != null && result.getPrincipal() instanceof KopgroepUser user) {
                auditLog.record(user.organisationId(), user.id(), user.email(), "LOGIN", address);
            }
            return result;
        } catch (BadCredentialsException | DisabledException e) {
            throttle.recordFailure(account, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String clientAddress(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return "unknown";
    }
}
