package nl.kopgroep.knowledge;

import static nl.kopgroep.knowledge.KnowledgeFixture.DAAN;
import static nl.kopgroep.knowledge.KnowledgeFixture.IRIS;
import static nl.kopgroep.knowledge.KnowledgeFixture.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Peer assist across the border: Sanne (Voorbeeldstad) asks Iris (Lindendal) about a practice shared with all. */
@KopgroepTest
class PeerAssistTest {

    @Autowired PracticeService practices;
    @Autowired PeerAssistService peerAssist;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void cleanUp() {
        DemoUsers.signOut();
        jdbc.sql("DELETE FROM mail_notice WHERE line_key LIKE 'mail.notice.peerAssist%'").update();
        KnowledgeFixture.cleanUp(jdbc);
    }

    @Test
    void contactDetailsAreSharedOnlyAfterTheAuthorAccepts() {
        as(IRIS);
        long practice = practices.publish(form("Peer assist Kwartel", "Kwartel.", Sharing.ALL));
        as(DemoUsers.PARTICIPANT);
        long request = peerAssist.ask(practice, "Hoe kreeg je de corporatie aan tafel?");
        assertThatThrownBy(() -> peerAssist.ask(practice, "Nog een keer")).isInstanceOf(DomainException.class);
        PeerAssist asked = only(peerAssist.myRequests(), request);
        assertThat(asked.incoming()).isFalse();
        assertThat(asked.otherName()).isEqualTo("Iris Kok");
        assertThat(asked.otherMunicipality()).isEqualTo("Gemeente Lindendal");
        assertThat(asked.otherEmail()).as("before acceptance").isNull();

        as(IRIS);
        PeerAssist received = only(peerAssist.myRequests(), request);
        assertThat(received.incoming()).isTrue();
        assertThat(received.question()).isEqualTo("Hoe kreeg je de corporatie aan tafel?");
        assertThat(received.otherEmail()).isNull();
        assertThat(bell(IRIS, "PEER_ASSIST_ASKED", request)).isOne();

        as(DAAN);
        assertThatThrownBy(() -> peerAssist.accept(request)).as("not his request").isInstanceOf(NotFoundException.class);
        as(DemoUsers.PARTICIPANT);
        assertThatThrownBy(() -> peerAssist.accept(request)).as("the asker cannot accept")
                .isInstanceOf(NotFoundException.class);

        as(IRIS);
        peerAssist.accept(request);
        assertThat(only(peerAssist.myRequests(), request).otherEmail()).isEqualTo(DemoUsers.PARTICIPANT);
        assertThatThrownBy(() -> peerAssist.decline(request)).isInstanceOf(DomainException.class);
        as(DemoUsers.PARTICIPANT);
        PeerAssist accepted = only(peerAssist.myRequests(), request);
        assertThat(accepted.status()).isEqualTo(PeerAssistStatus.ACCEPTED);
        assertThat(accepted.otherEmail()).isEqualTo(IRIS);
        assertThat(bell(DemoUsers.PARTICIPANT, "PEER_ASSIST_ACCEPTED", request)).isOne();
        assertThat(mailLines(IRIS)).as("a line in the author's digest").contains("mail.notice.peerAssistAsked");
        assertThat(mailLines(DemoUsers.PARTICIPANT)).contains("mail.notice.peerAssistAccepted");
        as(DAAN);
        assertThat(peerAssist.myRequests()).extracting(PeerAssist::id).doesNotContain(request);
    }

    @Test
    void aDeclinedRequestSharesNothingAndOwnPracticesCannotBeAsked() {
        as(IRIS);
        long practice = practices.publish(form("Peer assist Patrijs", "Patrijs.", Sharing.ALL));
        assertThatThrownBy(() -> peerAssist.ask(practice, "Mezelf?")).isInstanceOf(DomainException.class);
        as(DAAN);
        long request = peerAssist.ask(practice, "Kunnen we bellen?");
        as(IRIS);
        peerAssist.decline(request);
        assertThat(only(peerAssist.myRequests(), request).otherEmail()).isNull();
        as(DAAN);
        assertThat(only(peerAssist.myRequests(), request).otherEmail()).isNull();
        assertThat(bell(DAAN, "PEER_ASSIST_DECLINED", request)).isOne();
        assertThat(peerAssist.ask(practice, "Misschien later dan?")).as("asking again after a no").isPositive();
    }

    private long bell(String email, String kind, long request) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM notification WHERE recipient_id = (SELECT id FROM app_user WHERE email = ?)
                        AND kind = ? AND target_kind = 'PEER_ASSIST' AND target_id = ?""")
                .params(email, kind, request).query(Long.class).single();
    }

    private List<String> mailLines(String email) {
        return jdbc.sql("SELECT line_key FROM mail_notice WHERE recipient_id = (SELECT id FROM app_user WHERE email = ?)")
                .param(email).query(String.class).list();
    }

    private static PeerAssist only(List<PeerAssist> requests, long id) {
        return requests.stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    private void as(String email) {
        DemoUsers.signIn(users, email);
    }
}
