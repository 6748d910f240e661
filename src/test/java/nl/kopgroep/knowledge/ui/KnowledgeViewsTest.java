package nl.kopgroep.knowledge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The kennisbank's pages without a browser, on the demo's twenty practices. */
@KopgroepTest
@ViewPackages(packages = "nl.kopgroep")
class KnowledgeViewsTest extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void cleanUp() {
        DemoUsers.signOut();
        jdbc.sql("DELETE FROM practice_draft WHERE title LIKE 'Toets:%'").update();
        jdbc.sql("DELETE FROM practice WHERE title LIKE 'Toets:%'").update();
        jdbc.sql("UPDATE peer_assist_request SET status = 'ASKED', answered_at = NULL WHERE question LIKE 'Wij willen in ons sociaal team%'").update();
        jdbc.sql("DELETE FROM notification WHERE kind = 'PEER_ASSIST_ACCEPTED'").update();
        jdbc.sql("DELETE FROM mail_notice WHERE line_key LIKE 'mail.notice.peerAssist%'").update();
    }

    @Test
    void searchFindsDemoPracticesByStemAcrossTheBorderOnlyWhenSharedWithAll() {
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        UI.getCurrent().navigate("kennisbank");
        assertThat($(H1.class).single().getText()).isEqualTo("Kennisbank");
        test($(TextField.class).withLabel("Zoek op woorden").single()).setValue("dorpshuizen");
        test($(Button.class).withText("Zoeken").single()).click();
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains("Dorpshuis als ontmoetingsplek", "Gemeente Lindendal", "Alle gemeenten");

        test($(TextField.class).withLabel("Zoek op woorden").single()).setValue("agile team opgaven");
        test($(Button.class).withText("Zoeken").single()).click();
        assertThat(getCurrentView().getElement().getTextRecursively()).as("Lindendal's MUNICIPALITY practice")
                .doesNotContain("Agile werken met een klein team").contains("Geen praktijken gevonden");
    }

    @Test
    void aPracticeShowsTheFourQuestionsAndAnotherMunicipalitysPracticeIsNotFound() {
        long shared = id("Dorpshuis als ontmoetingsplek: samen met de vrijwilligers");
        long closed = id("Agile werken met een klein team en veel opgaven");
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        UI.getCurrent().navigate("kennisbank/praktijk/" + shared);
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains("Wat was de bedoeling?", "Wat gebeurde er werkelijk?", "Waarom was er verschil?",
                "Wat leren we ervan?", "Iris Kok", "Peer assist", "Vergelijkbare praktijken", "Dit heb ik gebruikt");
        UI.getCurrent().navigate("kennisbank/praktijk/" + closed);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    @Test
    void theEditorSavesADraftAndRefusesAnIncompletePracticeKeepingTheText() {
        DemoUsers.signIn(users, "eva.smit@voorbeeldstad.nl");
        UI.getCurrent().navigate("kennisbank/schrijven");
        test($(TextField.class).withLabel("Titel").single()).setValue("Toets: halve praktijk");
        test($(TextArea.class).withLabel("Wat was de bedoeling?").single()).setValue("Iets proberen met de raad.");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Opgeslagen om");
        test($(Button.class).withText("Publiceren").single()).click();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Beantwoord alle vier de vragen");
        assertThat($(TextArea.class).withLabel("Wat was de bedoeling?").single().getValue()).isEqualTo("Iets proberen met de raad.");

        UI.getCurrent().navigate("kennisbank/schrijven");
        assertThat($(TextField.class).withLabel("Titel").single().getValue()).isEqualTo("Toets: halve praktijk");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("is teruggezet");
    }

    @Test
    void theAuthorAcceptsAPeerAssistAndThenSeesTheContactDetails() {
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        UI.getCurrent().navigate("kennisbank/mijn");
        ListItem request = $(ListItem.class).withClassName("peer-assist").single();
        assertThat(request.getElement().getTextRecursively()).contains("Yara Dekker", "Gemeente Lindendal")
                .doesNotContain("yara.dekker@lindendal.nl");
        test($(Button.class, request).withText("Ja, graag").single()).click();
        ListItem accepted = $(ListItem.class).withClassName("peer-assist").single();
        assertThat($(Anchor.class, accepted).all()).extracting(Anchor::getHref).contains("mailto:yara.dekker@lindendal.nl");
    }

    private long id(String title) {
        return jdbc.sql("SELECT id FROM practice WHERE title = ?").param(title).query(Long.class).single();
    }
}
