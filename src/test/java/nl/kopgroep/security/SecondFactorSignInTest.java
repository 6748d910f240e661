package nl.kopgroep.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.util.List;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Signing in through the real filter chain: after the right password, a person with a second factor is held
 * (anonymous, nothing opens) until the code; a used code is refused; five wrong codes need the password again;
 * someone whose role requires it enrols first. Successful sign-ins are recorded for "last signed in".
 */
@KopgroepTest
@org.springframework.test.context.event.RecordApplicationEvents
class SecondFactorSignInTest {

    private static final String EMAIL = "sem.vermeulen@lindendal.nl";
    private static final String SECURITY_CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    @Autowired
    WebApplicationContext context;
    @Autowired
    SecondFactors secondFactors;
    @Autowired
    SecondFactorSignInService signIn;
    @Autowired
    AccountSecurityService accountSecurity;
    @Autowired
    SignInFlow flow;
    @Autowired
    SignInLog signIns;
    @Autowired
    AccountDirectory accounts;
    @Autowired
    AuditLog auditLog;
    @Autowired
    TotpCodes totp;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private MockMvc mvc;
    private UserId user;
    private final String secret = TotpCodes.newSecret();

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        user = new UserId(jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(EMAIL).query(Long.class).single());
    }

    @AfterEach
    void cleanUp() {
        secondFactors.remove(user);
        jdbc.sql("DELETE FROM login_throttle").update();
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
    }

    @Test
    void theLoginPageStaysVaadinsAndNotSpringsGeneratedOne() {
        // Wrapping the success handler must not turn on Spring Security's own login page (it did once).
        assertThat(context.getBean(org.springframework.security.web.SecurityFilterChain.class).getFilters())
                .filteredOn(filter -> filter instanceof org.springframework.security.web.authentication.ui.DefaultLoginPageGeneratingFilter)
                .allSatisfy(filter -> assertThat(((org.springframework.security.web.authentication.ui.DefaultLoginPageGeneratingFilter) filter)
                        .isEnabled()).isFalse());
    }

    @Test
    void aSignInCompletedWithTheCodeFromANewDeviceIsAnnouncedOnlyThen(
            @Autowired org.springframework.test.context.event.ApplicationEvents events) throws Exception {
        secondFactors.confirm(user, secret, totp.codeAt(secret, clock.instant().minusSeconds(30)));
        jdbc.sql("DELETE FROM sign_in WHERE user_id = ?").param(user.value()).update();
        jdbc.sql("INSERT INTO sign_in (user_id, signed_in_at, client_address, device) VALUES (?, UTC_TIMESTAMP(6), ?, ?)")
                .params(user.value(), "10.0.0.1", "Chrome, Linux").update();

        MockHttpSession session = passwordSignIn();
        assertThat(events.stream(NewDeviceSignIn.class)).as("nobody is signed in yet").isEmpty();

        inRequestWith(session).addHeader("User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0");
        signIn.verify(totp.codeAt(secret, clock.instant()));

        assertThat(events.stream(NewDeviceSignIn.class)).singleElement().satisfies(event -> {
            assertThat(event.user()).isEqualTo(user);
            assertThat(event.device()).isEqualTo("Firefox, Windows");
        });
    }

    @Test
    void withASecondFactorTheRightPasswordAloneSignsNobodyIn() throws Exception {
        secondFactors.confirm(user, secret, totp.codeAt(secret, clock.instant().minusSeconds(30)));

        MockHttpSession session = passwordSignIn();

        assertThat(session.getAttribute(SECURITY_CONTEXT)).as("no security context before the code").isNull();
        assertThat(session.getAttribute(PendingSignIn.ATTRIBUTE)).isInstanceOf(PendingSignIn.class);
        MvcResult home = mvc.perform(get("/").session(session)).andReturn();
        assertThat(home.getResponse().getRedirectedUrl()).as("the home page sends to sign-in").endsWith("/login");

        inRequestWith(session);
        assertThat(signIn.pendingStep()).contains(SecondFactorSignInService.Step.CODE);
        String code = totp.codeAt(secret, clock.instant());
        // Back to where the person was going (the home page asked for above).
        assertThat(signIn.verify(code)).startsWith("http://localhost/");
        SecurityContext signedIn = (SecurityContext) session.getAttribute(SECURITY_CONTEXT);
        assertThat(signedIn.getAuthentication().getPrincipal()).isInstanceOf(KopgroepUser.class)
                .extracting(principal -> ((KopgroepUser) principal).id()).isEqualTo(user);
        assertThat(session.getAttribute(PendingSignIn.ATTRIBUTE)).isNull();

        // The same code again, in a new sign-in (someone who watched it being typed): refused.
        MockHttpSession second = passwordSignIn();
        inRequestWith(second);
        assertThatThrownBy(() -> signIn.verify(code)).isInstanceOf(DomainException.class).hasMessage("mfa.code.wrong");
        assertThat(second.getAttribute(SECURITY_CONTEXT)).isNull();
    }

    /**
     * Issue 16: at sign-in the session's earlier Vaadin pages are closed, and with a second factor that includes the
     * code page itself, whose request completes the sign-in (it sends the browser on; it stayed in the session until
     * its heartbeats stopped, about fifteen minutes).
     */
    @Test
    void theCodePageAndTheSignInPageAreClosedWhenTheCodeIsAccepted() throws Exception {
        secondFactors.confirm(user, secret, totp.codeAt(secret, clock.instant().minusSeconds(30)));
        MockHttpSession session = passwordSignIn();
        com.vaadin.flow.component.UI loginPage = new com.vaadin.flow.component.UI();
        com.vaadin.flow.component.UI codePage = new com.vaadin.flow.component.UI();
        com.vaadin.flow.server.VaadinSession vaadin = org.mockito.Mockito.mock(com.vaadin.flow.server.VaadinSession.class);
        org.mockito.Mockito.when(vaadin.getUIs()).thenReturn(List.of(loginPage, codePage));
        session.setAttribute(com.vaadin.flow.server.VaadinSession.class.getName() + ".springServlet", vaadin);
        inRequestWith(session);
        com.vaadin.flow.component.UI.setCurrent(codePage);
        try {
            signIn.verify(totp.codeAt(secret, clock.instant()));
        } finally {
            com.vaadin.flow.component.UI.setCurrent(null);
        }

        assertThat(loginPage.isClosing()).as("the sign-in page").isTrue();
        assertThat(codePage.isClosing()).as("the code page, whose request signed in").isTrue();
    }

    @Test
    void fiveWrongCodesSendBackToThePassword() throws Exception {
        secondFactors.confirm(user, secret, totp.codeAt(secret, clock.instant().minusSeconds(30)));
        MockHttpSession session = passwordSignIn();
        inRequestWith(session);
        for (int i = 1; i < SecondFactorSignInService.WRONG_CODES_PER_SIGN_IN; i++) {
            assertThatThrownBy(() -> signIn.verify("not-a-code")).hasMessage("mfa.code.wrong");
        }
        assertThatThrownBy(() -> signIn.verify("not-a-code")).hasMessage("mfa.startOver");
        assertThat(signIn.pendingStep()).isEmpty();
        assertThatThrownBy(() -> signIn.verify(totp.codeAt(secret, clock.instant()))).hasMessage("mfa.startOver");
    }

    @Test
    void withoutASecondFactorThePasswordSignsInAndIsRecorded() throws Exception {
        MockHttpSession first = passwordSignIn();
        assertThat(first.getAttribute(SECURITY_CONTEXT)).isNotNull();
        MockHttpSession second = passwordSignIn();
        assertThat(second.getAttribute(SECURITY_CONTEXT)).isNotNull();

        DemoUsers.signIn(users, EMAIL);
        SignInRecord previous = accountSecurity.previousSignIn().orElseThrow();
        assertThat(previous.clientAddress()).isEqualTo("127.0.0.1");
        assertThat(previous.device()).isEqualTo("Firefox, Windows");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sign_in WHERE user_id = ?").param(user.value()).query(Long.class).single())
                .isLessThanOrEqualTo(SignInLog.KEPT);
    }

    @Test
    void someoneWhoseRoleRequiresItEnrolsBeforeBeingSignedIn() {
        SignInFlow required = new SignInFlow(new SecondFactorPolicy("PARTICIPANT"), secondFactors, accounts, signIns,
                auditLog, clock, context);
        KopgroepUser participant = (KopgroepUser) users.loadUserByUsername(EMAIL);
        assertThat(required.secondStep(participant)).contains(SignInFlow.ENROL_PATH);
        assertThat(flow.secondStep(participant)).as("optional in this installation").isEmpty();

        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest request = inRequestWith(session);
        required.hold(participant, true, request, new MockHttpServletResponse());
        assertThat(signIn.pendingStep()).contains(SecondFactorSignInService.Step.ENROL);
        assertThatThrownBy(() -> signIn.verify("123456")).as("no code before enrolment").hasMessage("mfa.startOver");

        EnrolmentOffer offer = signIn.offerEnrolment();
        assertThat(offer.qrSvg()).startsWith("<svg");
        String typedSecret = offer.secretForTyping().replace(" ", "");
        assertThat(signIn.offerEnrolment().secretForTyping()).as("same secret after a reload").isEqualTo(offer.secretForTyping());
        List<String> recovery = signIn.confirmEnrolment(totp.codeAt(typedSecret, clock.instant()));
        assertThat(recovery).hasSize(10);
        assertThat(signIn.pendingStep()).contains(SecondFactorSignInService.Step.ENROLLED);
        assertThatThrownBy(signIn::offerEnrolment).as("the secret is not shown again").hasMessage("mfa.startOver");

        assertThat(signIn.finishEnrolment()).isEqualTo("/");
        assertThat(session.getAttribute(SECURITY_CONTEXT)).isNotNull();
        assertThat(secondFactors.enrolled(user)).isTrue();
    }

    private MockHttpSession passwordSignIn() throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", EMAIL).param("password", DemoUsers.PASSWORD)
                        .header("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0")
                        .with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        boolean held = session.getAttribute(PendingSignIn.ATTRIBUTE) != null;
        assertThat(result.getResponse().getRedirectedUrl()).as("where the password step sends")
                .matches(held ? ".*/inloggen/(code|tweestapsverificatie)$" : "^(?!.*inloggen).*$");
        return session;
    }

    private MockHttpServletRequest inRequestWith(MockHttpSession session) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, new MockHttpServletResponse()));
        return request;
    }
}
