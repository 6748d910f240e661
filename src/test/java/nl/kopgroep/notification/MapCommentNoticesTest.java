package nl.kopgroep.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.UserId;
import nl.kopgroep.connections.CoacheeMapService;
import nl.kopgroep.connections.ConnectionMapService;
import nl.kopgroep.connections.MapVisibility;
import nl.kopgroep.mail.MailFrequency;
import nl.kopgroep.mail.MailPreferences;
import nl.kopgroep.mail.MailTopic;
import nl.kopgroep.organisation.OrganisationDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conversation about a verbindingskaart reaches the other side like journal feedback does: a coach's message
 * becomes a bell notification and a FEEDBACK digest line for the participant, the participant's answer the same for
 * their coaches — names and a link only, never the text. An answer under a private map tells nobody.
 */
@KopgroepTest
@Transactional
class MapCommentNoticesTest {

    @Autowired ConnectionMapService myMap;
    @Autowired CoacheeMapService coacheeMaps;
    @Autowired NotificationService notifications;
    @Autowired MailPreferences preferences;
    @Autowired OrganisationDirectory directory;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    private UserId sanne;
    private UserId coach;

    @BeforeEach
    void dailyDigests() {
        sanne = directory.accountByEmail(DemoUsers.PARTICIPANT).orElseThrow();
        coach = directory.accountByEmail(DemoUsers.COACH).orElseThrow();
        preferences.set(sanne, MailTopic.FEEDBACK, MailFrequency.DAILY);
        preferences.set(coach, MailTopic.REFLECTIONS_WAITING, MailFrequency.DAILY);
    }

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void aCoachsMessageAndTheAnswerReachTheOtherSide() {
        DemoUsers.signIn(users, DemoUsers.COACH);
        coacheeMaps.addComment(sanne, "Wie mis je nog aan de kant van de corporaties?");
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        assertThat(notifications.recent().getFirst()).satisfies(item -> {
            assertThat(item.kind()).isEqualTo(NotificationKind.MAP_COMMENT_RECEIVED);
            assertThat(item.actorName()).isEqualTo("Marieke Jansen");
            assertThat(item.target()).isEqualTo(new NotificationTarget(NotificationTarget.Kind.OWN_MAP, sanne.value()));
        });
        assertThat(notices(sanne)).contains(List.of("FEEDBACK", "mail.notice.mapComment", "Marieke Jansen", "/verbindingskaart"));

        myMap.addComment("De woningcorporatie Oost, die zet ik er vandaag op.");
        DemoUsers.signIn(users, DemoUsers.COACH);
        assertThat(notifications.recent().getFirst()).satisfies(item -> {
            assertThat(item.kind()).isEqualTo(NotificationKind.MAP_ANSWER_RECEIVED);
            assertThat(item.target()).isEqualTo(new NotificationTarget(NotificationTarget.Kind.COACHEE_MAP, sanne.value()));
        });
        assertThat(notices(coach)).contains(List.of("REFLECTIONS_WAITING", "mail.notice.mapAnswer", "Sanne de Vries",
                "/coach/verbindingskaart/" + sanne.value()));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_notice WHERE arg1 LIKE '%corporati%' OR arg2 LIKE '%corporati%'")
                .query(Long.class).single()).as("never the text").isZero();
    }

    @Test
    void anAnswerUnderAPrivateMapTellsNobody() {
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        myMap.setVisibility(MapVisibility.PRIVATE);
        long before = notices(coach).size();
        myMap.addComment("Een aantekening voor mezelf.");
        assertThat(notices(coach)).hasSize((int) before);
        DemoUsers.signIn(users, DemoUsers.COACH);
        assertThat(notifications.recent()).noneMatch(item -> item.kind() == NotificationKind.MAP_ANSWER_RECEIVED);
    }

    @Test
    void makingTheMapPrivateTakesBackWhatPointedTheCoachesAtItAndKeepsTheOwnersOwn() {
        DemoUsers.signIn(users, DemoUsers.COACH);
        coacheeMaps.addComment(sanne, "Wie mis je nog?");
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        myMap.addComment("De corporatie.");
        assertThat(notices(coach)).anyMatch(line -> line.get(1).equals("mail.notice.mapAnswer"));

        myMap.setVisibility(MapVisibility.PRIVATE);
        assertThat(notices(coach)).as("the digest line to the coach is taken back")
                .noneMatch(line -> line.get(1).equals("mail.notice.mapAnswer"));
        assertThat(notifications.recent()).as("Sanne keeps her own").anyMatch(item -> item.kind() == NotificationKind.MAP_COMMENT_RECEIVED);
        DemoUsers.signIn(users, DemoUsers.COACH);
        assertThat(notifications.recent()).as("the coach's bell item goes")
                .noneMatch(item -> item.target().equals(new NotificationTarget(NotificationTarget.Kind.COACHEE_MAP, sanne.value())));
    }

    private List<List<String>> notices(UserId person) {
        return jdbc.sql("SELECT topic, line_key, arg1, link_path FROM mail_notice WHERE recipient_id = ?")
                .param(person.value())
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }
}
