package nl.kopgroep.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import nl.kopgroep.base.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * The steps of signing in after the password: hold the sign-in for a second factor when one is due
 * (required by role, or chosen), and complete it — a fresh account lookup, a new session id, the security
 * context saved, the sign-in recorded for "last signed in" (and {@link NewDeviceSignIn} published when it came
 * from a device the account never signed in from before).
 */
@Component
class SignInFlow {

    static final Duration PENDING_FOR = Duration.ofMinutes(10);
    static final String CODE_PATH = "inloggen/code";
    static final String ENROL_PATH = "inloggen/tweestapsverificatie";

    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final SecondFactorPolicy policy;
    private final SecondFactors secondFactors;
    private final AccountDirectory accounts;
    private final SignInLog signIns;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SignInFlow(SecondFactorPolicy policy, SecondFactors secondFactors, AccountDirectory accounts, SignInLog signIns,
               AuditLog auditLog, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.policy = policy;
        this.secondFactors = secondFactors;
        this.accounts = accounts;
        this.signIns = signIns;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Whether this person needs a second step after the password, and which. */
    Optional<String> secondStep(KopgroepUser user) {
        if (user.providerSession().map(ProviderSession::secondFactorAsserted).orElse(false)) {
            return Optional.empty();
        }
        if (secondFactors.enrolled(user.id())) {
            return Optional.of(CODE_PATH);
        }
        return policy.requiredFor(user.roles()) ? Optional.of(ENROL_PATH) : Optional.empty();
    }

    /** Right password, second factor due: nobody is signed in yet; the session only remembers whose step is next. */
    void hold(KopgroepUser user, boolean enrolmentNeeded, HttpServletRequest request, HttpServletResponse response) {
        SecurityContextHolder.clearContext();
        contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
        request.getSession().setAttribute(PendingSignIn.ATTRIBUTE,
                new PendingSignIn(user.id(), user.organisationId(), user.email(), clock.instant(), enrolmentNeeded, 0, null, false,
                        user.providerSession().orElse(null)));
    }

    Optional<PendingSignIn> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PendingSignIn.ATTRIBUTE) instanceof PendingSignIn pending)) {
            return Optional.empty();
        }
        if (pending.startedAt().plus(PENDING_FOR).isBefore(clock.instant())) {
            session.removeAttribute(PendingSignIn.ATTRIBUTE);
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    void update(HttpServletRequest request, PendingSignIn pending) {
        request.getSession().setAttribute(PendingSignIn.ATTRIBUTE, pending);
    }

    void abandon(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PendingSignIn.ATTRIBUTE);
        }
    }

    /** Both steps done: signs the person in (as they are now in the directory) and returns where to go. */
    String complete(PendingSignIn pending, HttpServletRequest request, HttpServletResponse response) {
        abandon(request);
        KopgroepUser user = accounts.findForLogin(pending.email())
                .filter(account -> account.id().equals(pending.userId()) && account.active()
                        && (pending.provider() != null || account.passwordHash() != null))
                .map(account -> new KopgroepUser(account, clock.instant(), pending.provider()))
                .orElseThrow(() -> new DomainException("mfa.startOver"));
        signIn(user, request, response);
        auditLog.record(user.organisationId(), user.id(), user.email(), "LOGIN_SECOND_FACTOR", clientAddress(request));
        SavedRequest saved = new HttpSessionRequestCache().getRequest(request, response);
        return saved == null ? request.getContextPath() + "/" : saved.getRedirectUrl();
    }

    /**
     * Makes {@code user} the signed-in person of this session: a new session id (OWASP session management), the
     * security context saved, the sign-in recorded.
     */
    void signIn(KopgroepUser user, HttpServletRequest request, HttpServletResponse response) {
        user.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
        recordSignIn(user, request);
    }

    /** Records the completed sign-in; one from a device not among the earlier ones (not the first ever) is announced. */
    void recordSignIn(KopgroepUser user, HttpServletRequest request) {
        String device = DeviceDescription.of(request.getHeader("User-Agent"));
        SignInLog.DeviceHistory history = signIns.history(user.id(), device);
        signIns.record(user.id(), clientAddress(request), device);
        if (history == SignInLog.DeviceHistory.NEW_DEVICE) {
            events.publishEvent(new NewDeviceSignIn(user.id(), device, clock.instant()));
        }
        closePagesBeforeSignIn(request);
    }

    /**
     * Closes the Vaadin UIs this session had before the sign-in (the sign-in pages'): the browser leaves them for
     * the home page, and a UI otherwise stays in the session, with its whole component tree, until three heartbeats
     * are missed, about fifteen minutes (issue 16: it was half of a signed-in session's memory). Vaadin removes a
     * closed UI at the end of the session's next request. The UI of the request that signs in (the second-factor
     * code or enrolment page, which then sends the browser on with {@code setLocation}) is closed as well: its
     * response still carries the new address, and Vaadin removes it at the end of that very request.
     */
    static void closePagesBeforeSignIn(HttpServletRequest request) {
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        for (com.vaadin.flow.server.VaadinSession vaadin : com.vaadin.flow.server.VaadinSession.getAllSessions(session)) {
            vaadin.lock();
            try {
                vaadin.getUIs().forEach(com.vaadin.flow.component.UI::close);
            } finally {
                vaadin.unlock();
            }
        }
    }

    static String clientAddress(HttpServletRequest request) {
        return request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }
}
