package nl.kopgroep.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import nl.kopgroep.base.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The second step of signing in, for the code page and the enrolment page. Open to anonymous callers on
 * purpose (nobody is signed in yet): the {@link PendingSignIn} in this browser's session — created only by a
 * right password — is the authorisation, as a one-time token is for an invitation. Wrong codes are counted
 * per pending sign-in (after {@value #WRONG_CODES_PER_SIGN_IN} the password must be typed again) and per
 * account ({@link SecondFactors}).
 */
@Service
@PreAuthorize("permitAll()")
public class SecondFactorSignInService {

    static final int WRONG_CODES_PER_SIGN_IN = 5;

    private final SignInFlow flow;
    private final SecondFactors secondFactors;
    private final AuditLog auditLog;

    SecondFactorSignInService(SignInFlow flow, SecondFactors secondFactors, AuditLog auditLog) {
        this.flow = flow;
        this.secondFactors = secondFactors;
        this.auditLog = auditLog;
    }

    /** Which second step this browser is at: empty when none is pending (the pages then send to sign-in). */
    @PreAuthorize("permitAll()")
    public Optional<Step> pendingStep() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        return flow.pending(attributes.getRequest()).map(pending -> pending.enrolled() ? Step.ENROLLED
                : pending.enrolmentNeeded() ? Step.ENROL : Step.CODE);
    }

    /** Checks the code (or a recovery code) and completes the sign-in; returns the address to go to. */
    @PreAuthorize("permitAll()")
    public String verify(String code) {
        PendingSignIn pending = pendingOrStartOver();
        if (pending.enrolmentNeeded()) {
            throw new DomainException("mfa.startOver");
        }
        try {
            secondFactors.verify(pending.userId(), code);
        } catch (DomainException wrong) {
            countWrongCode(pending);
            throw wrong;
        }
        return flow.complete(pending, request(), response());
    }

    /** A new secret for a person who must enrol before signing in (the same one again on a reload). */
    @PreAuthorize("permitAll()")
    public EnrolmentOffer offerEnrolment() {
        PendingSignIn pending = pendingOrStartOver();
        if (!pending.enrolmentNeeded() || pending.enrolled()) {
            throw new DomainException("mfa.startOver");
        }
        String secret = pending.offeredSecret();
        if (secret == null) {
            secret = TotpCodes.newSecret();
            flow.update(request(), pending.withOffer(secret));
        }
        return AccountSecurityService.offer(secret, pending.email());
    }

    /** The first code confirms the enrolment; returns the ten recovery codes, shown this once. */
    @PreAuthorize("permitAll()")
    public List<String> confirmEnrolment(String code) {
        PendingSignIn pending = pendingOrStartOver();
        String secret = pending.offeredSecret();
        if (!pending.enrolmentNeeded() || pending.enrolled() || secret == null) {
            throw new DomainException("mfa.startOver");
        }
        List<String> recoveryCodes;
        try {
            recoveryCodes = secondFactors.confirm(pending.userId(), secret, code);
        } catch (DomainException wrong) {
            countWrongCode(pending);
            throw wrong;
        }
        flow.update(request(), pending.withEnrolled());
        auditLog.record(pending.organisationId(), pending.userId(), pending.email(), "SECOND_FACTOR_ENROLLED", "user " + pending.userId());
        return recoveryCodes;
    }

    /** After the recovery codes were shown: completes the sign-in; returns the address to go to. */
    @PreAuthorize("permitAll()")
    public String finishEnrolment() {
        PendingSignIn pending = pendingOrStartOver();
        if (!pending.enrolled()) {
            throw new DomainException("mfa.startOver");
        }
        return flow.complete(pending, request(), response());
    }

    /** Gives up the pending sign-in (back to the password). */
    @PreAuthorize("permitAll()")
    public void cancel() {
        flow.abandon(request());
    }

    private void countWrongCode(PendingSignIn pending) {
        PendingSignIn counted = pending.withWrongCode();
        if (counted.wrongCodes() >= WRONG_CODES_PER_SIGN_IN) {
            flow.abandon(request());
            throw new DomainException("mfa.startOver");
        }
        flow.update(request(), counted);
    }

    private PendingSignIn pendingOrStartOver() {
        return flow.pending(request()).orElseThrow(() -> new DomainException("mfa.startOver"));
    }

    private static HttpServletRequest request() {
        return attributes().getRequest();
    }

    private static HttpServletResponse response() {
        HttpServletResponse response = attributes().getResponse();
        if (response == null) {
            throw new IllegalStateException("no HTTP response in this thread");
        }
        return response;
    }

    private static ServletRequestAttributes attributes() {
        return (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
    }

    /** The second steps a browser can be at. */
    public enum Step { CODE, ENROL, ENROLLED }
}
