package nl.kopgroep.security;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import nl.kopgroep.base.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in person's own sign-in security: when and from where they last signed in, and their second
 * factor (turn on with a QR code, new recovery codes, turn off unless their role requires it). Everything
 * is about the caller's own account only.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AccountSecurityService {

    private static final String OFFER = AccountSecurityService.class.getName() + ".offer";

    private final CurrentUser currentUser;
    private final SignInLog signIns;
    private final SecondFactors secondFactors;
    private final SecondFactorPolicy policy;
    private final AuditLog auditLog;

    AccountSecurityService(CurrentUser currentUser, SignInLog signIns, SecondFactors secondFactors,
                           SecondFactorPolicy policy, AuditLog auditLog) {
        this.currentUser = currentUser;
        this.signIns = signIns;
        this.secondFactors = secondFactors;
        this.policy = policy;
        this.auditLog = auditLog;
    }

    /** The successful sign-in before this session's, if there was one. */
    @PreAuthorize("isAuthenticated()")
    public Optional<SignInRecord> previousSignIn() {
        // It cannot change while the session lasts: read once per session (issue 16), not on every home page.
        return nl.kopgroep.base.RequestMemo.perSession("previousSignIn:" + currentUser.id().value(),
                () -> signIns.previous(currentUser.id()));
    }

    @PreAuthorize("isAuthenticated()")
    public SecondFactorStatus secondFactor() {
        KopgroepUser user = currentUser.require();
        boolean enrolled = secondFactors.enrolled(user.id());
        return new SecondFactorStatus(enrolled, policy.requiredFor(user.roles()),
                enrolled ? secondFactors.recoveryCodesLeft(user.id()) : 0);
    }

    /** A new secret to add to an authenticator app; kept in the session until the first code confirms it. */
    @PreAuthorize("isAuthenticated()")
    public EnrolmentOffer offerEnrolment() {
        KopgroepUser user = currentUser.require();
        if (secondFactors.enrolled(user.id())) {
            throw new DomainException("mfa.alreadyOn");
        }
        String secret = TotpCodes.newSecret();
        session().setAttribute(OFFER, secret);
        return offer(secret, user.email());
    }

    /** Confirms the offered secret with its first code; returns the ten recovery codes, shown this once. */
    @PreAuthorize("isAuthenticated()")
    public List<String> confirmEnrolment(String code) {
        KopgroepUser user = currentUser.require();
        if (!(session().getAttribute(OFFER) instanceof String secret)) {
            throw new DomainException("mfa.startOver");
        }
        List<String> codes = secondFactors.confirm(user.id(), secret, code);
        session().removeAttribute(OFFER);
        auditLog.record("SECOND_FACTOR_ENROLLED", "user " + user.id());
        return codes;
    }

    /** Ten new recovery codes (the old ones stop working), after a current code proves the factor. */
    @PreAuthorize("isAuthenticated()")
    public List<String> newRecoveryCodes(String code) {
        KopgroepUser user = currentUser.require();
        secondFactors.verify(user.id(), code);
        auditLog.record("RECOVERY_CODES_RENEWED", "user " + user.id());
        return secondFactors.newRecoveryCodes(user.id());
    }

    /** Turns the second factor off after a current code proves it; refused when the person's role requires it. */
    @PreAuthorize("isAuthenticated()")
    public void turnOff(String code) {
        KopgroepUser user = currentUser.require();
        if (policy.requiredFor(user.roles())) {
            throw new DomainException("mfa.required");
        }
        secondFactors.verify(user.id(), code);
        secondFactors.remove(user.id());
        auditLog.record("SECOND_FACTOR_REMOVED", "user " + user.id());
    }

    static EnrolmentOffer offer(String secret, String account) {
        return new EnrolmentOffer(QrCodeSvg.of(TotpCodes.otpauthUri(secret, account)),
                secret.replaceAll("(.{4})(?!$)", "$1 "), account);
    }

    private static HttpSession session() {
        return ((jakarta.servlet.http.HttpServletRequest) RequestContextHolder.currentRequestAttributes()
                .resolveReference(RequestAttributes.REFERENCE_REQUEST)).getSession();
    }
}
