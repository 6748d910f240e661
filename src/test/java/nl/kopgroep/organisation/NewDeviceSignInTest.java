package nl.kopgroep.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.mail.internet.MimeMessage;
import java.util.EnumSet;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.MailedLinks;
import nl.kopgroep.base.UserId;
import nl.kopgroep.mail.EmbeddedMailServer;
import nl.kopgroep.mail.MailFrequency;
import nl.kopgroep.mail.MailPreferences;
import nl.kopgroep.mail.MailTopic;
import nl.kopgroep.mail.OutboxWorker;
import nl.kopgroep.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/** Issue 12: a sign-in from a device the account never used gets a mail; the first sign-in and known devices do not. */
@KopgroepTest
class NewDeviceSignInTest {

    private static final String PASSWORD = "een lange zin als wachtwoord";
    private static final String FIREFOX_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0";
    private static final String SAFARI_IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15"
            + " (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";
    private static final String CHROME_ANDROID = "Mozilla/5.0 (Linux; Android 15) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/140.0 Mobile Safari/537.36";

    @Autowired WebApplicationContext context;
    @Autowired AccountService accounts;
    @Autowired InvitationService invitations;
    @Autowired OrganisationRepository organisations;
    @Autowired UserDetailsService users;
    @Autowired MailPreferences preferences;
    @Autowired TransactionTemplate transactions;
    @Autowired OutboxWorker worker;
    @Autowired EmbeddedMailServer smtp;
    @Autowired JdbcClient jdbc;

    private MockMvc mvc;
    private String email;
    private UserId id;

    @BeforeEach
    void aFreshAccount() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        email = AccountServiceTest.unique("apparaat");
        id = accounts.create(organisations.findByCode("voorbeeldstad").orElseThrow().id(),
                new AccountForm("Anna Apparaat", email, EnumSet.of(Role.PARTICIPANT))).account().id();
        DemoUsers.signOut();
        invitations.accept(MailedLinks.invitation(jdbc, email), PASSWORD, PASSWORD);
        worker.sendDue();
        smtp.clear();
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM login_throttle").update();
        DemoUsers.signOut();
    }

    @Test
    void onlyADeviceNotSeenBeforeGetsAMailAndNotTheFirstSignIn() throws Exception {
        signInWith(FIREFOX_WINDOWS);
        assertThat(MailedLinks.sendAndReceive(worker, smtp, email)).as("the very first sign-in").isEmpty();
        signInWith(FIREFOX_WINDOWS);
        assertThat(MailedLinks.sendAndReceive(worker, smtp, email)).as("a known device").isEmpty();

        java.time.Instant before = java.time.Instant.now();
        signInWith(SAFARI_IPHONE);
        java.time.Instant after = java.time.Instant.now();

        MimeMessage mail = MailedLinks.newestTo(worker, smtp, email);
        assertThat(mail.getSubject()).isEqualTo("Ingelogd vanaf een nieuw apparaat");
        String text = EmbeddedMailServer.part(mail, "text/plain");
        assertThat(text).contains("Safari, iOS", "Was dit jij niet? Wijzig dan meteen je wachtwoord",
                "http://localhost:8080/wachtwoord-wijzigen").containsPattern("Op \\d{1,2} \\p{L}+ \\d{4}");
        var amsterdam = java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.LONG,
                java.time.format.FormatStyle.SHORT).withLocale(nl.kopgroep.base.Messages.DUTCH)
                .withZone(java.time.ZoneId.of("Europe/Amsterdam"));
        assertThat(text).as("the time in Europe/Amsterdam")
                .containsAnyOf("Op " + amsterdam.format(before), "Op " + amsterdam.format(after));
        assertThat(mail.getHeader("List-Unsubscribe")).as("an optional topic").isNotNull();
        assertThat(MailedLinks.sendAndReceive(worker, smtp, email)).hasSize(1);
    }

    @Test
    void whoSwitchedTheTopicOffGetsNothing() throws Exception {
        signInWith(FIREFOX_WINDOWS);
        transactions.executeWithoutResult(status -> preferences.set(id, MailTopic.NEW_DEVICE_SIGN_IN, MailFrequency.NONE));

        signInWith(CHROME_ANDROID);

        assertThat(MailedLinks.sendAndReceive(worker, smtp, email)).isEmpty();
    }

    private void signInWith(String userAgent) throws Exception {
        var result = mvc.perform(post("/login").param("username", email).param("password", PASSWORD)
                .header("User-Agent", userAgent).with(csrf())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
    }
}
