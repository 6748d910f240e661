package nl.kopgroep.knowledge;

import static nl.kopgroep.knowledge.KnowledgeFixture.IRIS;
import static nl.kopgroep.knowledge.KnowledgeFixture.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The kennisbank's borders: a Lindendal practice shared with its municipality does not exist for Voorbeeldstad, by
 * id or in any search; one shared with all municipalities is found across the border (docs/cross-border.md).
 */
@KopgroepTest
class KnowledgePrivacyTest {

    @Autowired PracticeService practices;
    @Autowired KnowledgeService knowledge;
    @Autowired PeerAssistService peerAssist;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void cleanUp() {
        DemoUsers.signOut();
        KnowledgeFixture.cleanUp(jdbc);
    }

    @Test
    void aMunicipalityPracticeOfLindendalIsNotFoundInVoorbeeldstad() {
        as(IRIS);
        long practice = practices.publish(form("Lindendal alleen Wielewaal", "Wielewaal binnen de gemeente.",
                Sharing.MUNICIPALITY));
        long attachment = practices.addAttachment(practice, "notitie.txt", "Wielewaal".getBytes(StandardCharsets.UTF_8));
        knowledge.practice(practice);

        for (String reader : new String[] {DemoUsers.PARTICIPANT, DemoUsers.COACH}) {
            as(reader);
            assertThatThrownBy(() -> knowledge.practice(practice)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> knowledge.similar(practice)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> knowledge.react(practice, "Hallo")).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> knowledge.markUsed(practice)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> knowledge.attachment(practice, attachment)).isInstanceOf(NotFoundException.class);
            assertThat(knowledge.search(SearchQuery.words("wielewaal"))).isEmpty();
            assertThat(knowledge.search(SearchQuery.words(""))).extracting(PracticeSummary::id).doesNotContain(practice);
        }
        as(DemoUsers.PARTICIPANT);
        assertThatThrownBy(() -> peerAssist.ask(practice, "Mag ik je spreken?")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> practices.withdraw(practice)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> practices.addAttachment(practice, "a.txt", new byte[] {'a'}))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPracticeSharedWithAllIsFoundAcrossTheBorder() {
        as(IRIS);
        long practice = practices.publish(form("Lindendal voor iedereen Wielewaal", "Wielewaal over de grens.", Sharing.ALL));
        long attachment = practices.addAttachment(practice, "notitie.txt", "Wielewaal".getBytes(StandardCharsets.UTF_8));
        as(DemoUsers.PARTICIPANT);
        assertThat(knowledge.search(SearchQuery.words("wielewaal"))).extracting(PracticeSummary::id).containsExactly(practice);
        Practice read = knowledge.practice(practice);
        assertThat(read.municipality()).isEqualTo("Gemeente Lindendal");
        assertThat(read.authorName()).isEqualTo("Iris Kok");
        assertThat(new String(knowledge.attachment(practice, attachment).content(), StandardCharsets.UTF_8)).isEqualTo("Wielewaal");
        as(DemoUsers.COACH);
        assertThat(knowledge.practice(practice).title()).contains("Wielewaal");
    }

    @Test
    void managersAndAdministratorsDoNotReadTheKennisbank() {
        as(DemoUsers.MANAGER);
        assertThatThrownBy(() -> knowledge.search(SearchQuery.words("wijk"))).isInstanceOf(AccessDeniedException.class);
        as(DemoUsers.ADMIN);
        assertThatThrownBy(() -> knowledge.search(SearchQuery.words("wijk"))).isInstanceOf(AccessDeniedException.class);
        as(DemoUsers.COACH);
        assertThatThrownBy(() -> practices.publish(form("Coach", "x", Sharing.ALL))).as("coaches read, they do not write")
                .isInstanceOf(AccessDeniedException.class);
    }

    private void as(String email) {
        DemoUsers.signIn(users, email);
    }
}
