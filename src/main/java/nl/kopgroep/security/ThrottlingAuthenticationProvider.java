package nl.kopgroep.security;

import java.util.Optional;
import nl.kopgroep.base.Hashes;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in behind {@link LoginThrottle}: an attempt is counted before the password is checked, and
 * not checked at all while a back-off runs. Every sign-in and every failed one goes to the audit log. A right password
 * of an address whose municipality allows only its own provider signs nobody in ({@link PasswordNotAllowedException}).
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    /** The audit action of a failed sign-in. */
    static final String LOGIN_FAILED = "LOGIN_FAILED";

    private final AuthenticationProvider passwordProvider;
    private final LoginThrottle throttle;
    private final AuditLog auditLog;
    private final AccountDirectory accounts;
    private final SignInRouting routing;

    ThrottlingAuthenticationProvider(AuthenticationProvider passwordProvider, LoginThrottle throttle, AuditLog auditLog,
                                     AccountDirectory accounts, SignInRouting routing) {
        this.routing = routing;
        this.passwordProvider = passwordProvider;
        this.throttle = throttle;
        this.auditLog = auditLog;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String account = authentication.getName() == null ? "" : authentication.getName();
        String address = clientAddress(authentication);
        LoginThrottle.Attempt attempt = throttle.begin(account, address);
        Authentication result;
        try {
            result = passwordProvider.authenticate(authentication);
        } catch (AuthenticationException e) {
            recordFailure(account, address);
            throw e;
        }
        throttle.succeeded(attempt);
        if (result != null && result.getPrincipal() instanceof KopgroepUser user) {
            Optional<ProviderSettings> providerOnly = routing.providerOnly(user.email());
            if (providerOnly.isPresent()) {
                auditLog.record(user.organisationId(), user.id(), user.email(), "LOGIN_PASSWORD_NOT_ALLOWED", address);
                throw new PasswordNotAllowedException(providerOnly.get().registrationId(), providerOnly.get().municipalityName());
            }
            auditLog.record(user.organisationId(), user.id(), user.email(), "LOGIN", address);
        }
        return result;
    }

    /**
     * A failed sign-in in the audit log, kept as long as the audit log: the account's id and address when the
     * account exists, else a hash of what was typed (which may be a mistyped password, so never the text).
     */
    private void recordFailure(String account, String address) {
        String name = LoginThrottle.normalise(account);
        Optional<LoginAccount> known = name.isEmpty() ? Optional.empty() : accounts.findForLogin(name);
        if (known.isPresent()) {
            LoginAccount login = known.get();
            auditLog.record(login.organisationId(), login.id(), login.email(), LOGIN_FAILED, address);
        } else {
            auditLog.record(null, null, unknownAccount(name), LOGIN_FAILED, address);
        }
    }

    /** How an unknown account appears in the audit log: a hash, so attempts on one name can be told apart. */
    static String unknownAccount(String normalisedName) {
        return "unknown:" + Hashes.sha256Hex(normalisedName).substring(0, 16);
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
