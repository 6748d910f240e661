package nl.kopgroep.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.StringReader;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * {@code GET /kalender/<token>.ics} through the real filter chain, without a session: the token is the authority,
 * an unknown or revoked one is 404, and no session is made.
 */
@KopgroepTest
class CalendarFeedEndpointTest {

    @Autowired WebApplicationContext context;
    @Autowired CalendarFeedService feeds;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void cleanUp() {
        DemoUsers.signOut();
        jdbc.sql("DELETE FROM calendar_feed WHERE user_id = (SELECT id FROM app_user WHERE email = ?)")
                .param(DemoUsers.PARTICIPANT).update();
    }

    @Test
    void aFeedIsServedWithoutSignInAndAnUnknownOrRevokedTokenIsNotFound() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        String path = feeds.newFeed();
        DemoUsers.signOut();

        MvcResult result = mvc.perform(get(path)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith("text/calendar");
        assertThat(result.getRequest().getSession(false)).as("no session made").isNull();
        var calendar = new CalendarBuilder().build(new StringReader(result.getResponse().getContentAsString()));
        assertThat(calendar.<VEvent>getComponents(VEvent.VEVENT)).as("the demo participant attended a workshop")
                .isNotEmpty();

        assertThat(mvc.perform(get("/kalender/" + "x".repeat(43) + ".ics")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        feeds.revoke();
        DemoUsers.signOut();
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
