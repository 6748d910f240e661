package nl.kopgroep.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * RFC 8058 one-click unsubscribe through the real filter chain (no session, no CSRF token), and that a token for one
 * person and one topic can change nothing else.
 */
@KopgroepTest
class UnsubscribeTest {

    @Autowired WebApplicationContext context;
    @Autowired UnsubscribeTokens tokens;
    @Autowired UnsubscribeService service;
    @Autowired MailPreferences preferences;
    @Autowired JdbcClient jdbc;

    private MockMvc mvc;
    private UserId me;
    private UserId other;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        me = user(DemoUsers.PARTICIPANT);
        other = user(DemoUsers.COACH);
        forget();
    }

    @AfterEach
    void forget() {
        jdbc.sql("DELETE FROM mail_preference WHERE user_id IN (?, ?)").param(me.value()).param(other.value()).update();
    }

    private UserId user(String email) {
        return new UserId(jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(email).query(Long.class).single());
    }

    private MvcResult oneClick(String token) throws Exception {
        return mvc.perform(post(MailLinks.ONE_CLICK_PATH + token).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("List-Unsubscribe=One-Click")).andReturn();
    }

    @Test
    void aOneClickPostWithoutSessionOrCsrfTokenSwitchesThatTopicOffAndNothingElse() throws Exception {
        String token = tokens.tokenFor(me, MailTopic.MODULE_OPENS);
        MvcResult result = oneClick(token);

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getRequest().getSession(false)).as("no session made").isNull();
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
        assertThat(preferences.frequency(me, MailTopic.MODULE_OPENS)).isEqualTo(MailFrequency.NONE);
        assertThat(preferences.frequency(me, MailTopic.FEEDBACK)).isEqualTo(MailFrequency.DAILY);
        assertThat(preferences.frequency(other, MailTopic.MODULE_OPENS)).isEqualTo(MailFrequency.DAILY);
        assertThat(oneClick(token).getResponse().getStatus()).as("again: still fine").isEqualTo(200);
    }

    @Test
    void aGetChangesNothingAndLeadsToThePageThatAsksFirst() throws Exception {
        String token = tokens.tokenFor(me, MailTopic.MODULE_OPENS);
        MvcResult result = mvc.perform(get(MailLinks.ONE_CLICK_PATH + token)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(303);
        assertThat(result.getResponse().getHeader("Location")).isEqualTo("/afmelden/" + token);
        assertThat(preferences.frequency(me, MailTopic.MODULE_OPENS)).isEqualTo(MailFrequency.DAILY);
    }

    @Test
    void aPostWithoutTheOneClickBodyChangesNothing() throws Exception {
        String token = tokens.tokenFor(me, MailTopic.MODULE_OPENS);
        int status = mvc.perform(post(MailLinks.ONE_CLICK_PATH + token)).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(400);
        assertThat(preferences.frequency(me, MailTopic.MODULE_OPENS)).isEqualTo(MailFrequency.DAILY);
    }

    @Test
    void aTamperedTruncatedOrMadeUpTokenChangesNothing() throws Exception {
        String mine = tokens.tokenFor(me, MailTopic.MODULE_OPENS);
        String mac = mine.substring(mine.lastIndexOf('.') + 1);
        tokens.tokenFor(other, MailTopic.MODULE_OPENS);
        String otherUserWithMyMac = other.value() + ".MODULE_OPENS." + mac;
        String otherTopicWithMyMac = me.value() + ".FEEDBACK." + mac;
        String accountTopic = tokens.tokenFor(me, MailTopic.ACCOUNT);
        for (String bad : new String[] {otherUserWithMyMac, otherTopicWithMyMac, mine.substring(0, mine.length() - 3),
                me.value() + ".MODULE_OPENS.", "garbage", "1.2.3.4", me.value() + ".NONSENSE." + mac, accountTopic,
                "99999999999999999999.MODULE_OPENS." + mac}) {
            assertThat(oneClick(bad).getResponse().getStatus()).as(bad).isEqualTo(404);
            assertThat(service.offer(bad)).as(bad).isEmpty();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_preference WHERE user_id IN (?, ?)").param(me.value())
                .param(other.value()).query(Long.class).single()).as("no preference changed").isZero();
    }

    @Test
    void theCsrfExemptionIsForTheOneClickPathOnly() throws Exception {
        int status = mvc.perform(post("/mail/afmelden-niet/x").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("List-Unsubscribe=One-Click")).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
        int deeper = mvc.perform(post(MailLinks.ONE_CLICK_PATH + "a/b").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("List-Unsubscribe=One-Click")).andReturn().getResponse().getStatus();
        assertThat(deeper).isEqualTo(403);
    }

    @Test
    void theOfferNamesTheTopicInThePersonsLanguage() {
        String token = tokens.tokenFor(me, MailTopic.FEEDBACK);
        assertThat(service.offer(token)).hasValueSatisfying(offer -> {
            assertThat(offer.topic()).isEqualTo(MailTopic.FEEDBACK);
            assertThat(offer.locale().getLanguage()).isEqualTo("nl");
        });
        assertThat(preferences.frequency(me, MailTopic.FEEDBACK)).as("asking changes nothing").isEqualTo(MailFrequency.DAILY);
    }
}
