package nl.kopgroep.rolemodels.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The role models' pages without a browser: filter and request, accept and log, the journal link, consent. */
@KopgroepTest
@ViewPackages(packages = "nl.kopgroep")
class RoleModelViewsTest extends SpringBrowserlessTest {

    private static final String QUESTION = "Hoe betrek ik de raad vroeg bij een wijkaanpak?";
    private static final String SESSION_TITLE = "Rolmodelgesprek (browserloze test)";

    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired nl.kopgroep.rolemodels.RoleModelRequestService requests;

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE s FROM session_signup s JOIN planned_session p ON p.id = s.session_id WHERE p.title = ?")
                .param(SESSION_TITLE).update();
        jdbc.sql("DELETE FROM planned_session WHERE title = ?").param(SESSION_TITLE).update();
        jdbc.sql("DELETE FROM role_model_request WHERE question = ?").param(QUESTION).update();
        jdbc.sql("DELETE FROM role_model WHERE name = 'Kees Brink'").update();
        DemoUsers.signOut();
    }

    @Test
    void aParticipantFiltersAsksAndAfterTheLoggedMeetingFindsTheJournalLink() {
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        navigate(RoleModelsView.class);
        assertThat($(Article.class).withClassName("role-model-card").all()).hasSize(5);
        @SuppressWarnings("unchecked")
        Select<Object> competency = $(Select.class).withLabel("Competentie").single();
        test(competency).selectItem("Regie voeren");
        assertThat($(Article.class).withClassName("role-model-card").all()).extracting(a -> a.getElement().getTextRecursively())
                .allMatch(text -> text.contains("Pieter de Graaf") || text.contains("Gert-Jan Mulder"));
        test(competency).selectItem("Alle");

        Article samira = $(Article.class).withClassName("role-model-card").all().stream()
                .filter(a -> a.getElement().getTextRecursively().contains("Samira El Amrani")).findFirst().orElseThrow();
        test($(Button.class, samira).withText("Verzoek versturen").single()).click();
        assertThat($(Paragraph.class, samira).withClassName("form-error").single().getText()).isEqualTo("Vul je vraag in.");
        test($(TextArea.class, samira).single()).setValue(QUESTION);
        test($(Button.class, samira).withText("Verzoek versturen").single()).click();
        assertThat(samira.getElement().getTextRecursively()).contains("Je verzoek is verstuurd.");

        DemoUsers.signIn(users, DemoUsers.ADMIN);
        navigate(RoleModelRequestsView.class);
        Article request = request();
        test($(TextArea.class, request).single()).setValue("Samira belt je.");
        test($(Button.class, request).withText("Accepteren").single()).click();
        request = request();
        $(DatePicker.class, request).withLabel("Datum van het gesprek").single().setValue(LocalDate.now().minusDays(1));
        test($(Button.class, request).withText("Gesprek vastleggen").single()).click();
        assertThat(request().getElement().getTextRecursively()).contains("Gesprek gevoerd op");

        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        com.vaadin.flow.component.UI.getCurrent().navigate("");
        navigate(RoleModelsView.class);
        Anchor write = $(Anchor.class).withText("Schrijf er een reflectie over").first();
        assertThat(write.getHref()).startsWith("dagboek/schrijven?aanleiding=rolmodelgesprek&nr=");
    }

    @Test
    void anAdminAddsARoleModelThatStaysHiddenUntilConsentIsRecorded() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        navigate(RoleModelAdminView.class);
        test($(TextField.class).withLabel("Naam").single()).setValue("Kees Brink");
        test($(TextField.class).withLabel("Functie").single()).setValue("Wijkagent");
        test($(TextField.class).withLabel("Organisatie").single()).setValue("Politie");
        test($(Button.class).withText("Rolmodel opslaan").single()).click();
        assertThat($(Paragraph.class).withClassName("form-error").last().getText())
                .isEqualTo("Vul Waarover je het rolmodel kunt vragen in.");
        test($(TextArea.class).withLabel("Waarover je het rolmodel kunt vragen").single()).setValue("Veiligheid in de wijk");
        test($(Button.class).withText("Rolmodel opslaan").single()).click();
        Article kees = $(Article.class).withClassName("role-model-admin").all().stream()
                .filter(a -> a.getElement().getTextRecursively().contains("Kees Brink")).findFirst().orElseThrow();
        assertThat(kees.getElement().getTextRecursively()).contains("Niet zichtbaar voor deelnemers");
        $(DatePicker.class, kees).single().setValue(LocalDate.now());
        test($(TextField.class, kees).single()).setValue("Per e-mail");
        test($(Button.class, kees).withText("Toestemming vastleggen").single()).click();
        Article after = $(Article.class).withClassName("role-model-admin").all().stream()
                .filter(a -> a.getElement().getTextRecursively().contains("Kees Brink")).findFirst().orElseThrow();
        assertThat(after.getElement().getTextRecursively()).contains("Zichtbaar voor deelnemers", "Ingrid Smit", "Per e-mail");

        Button change = $(Button.class, after).all().stream()
                .filter(b -> "Kees Brink wijzigen".equals(b.getElement().getAttribute("aria-label"))).findFirst().orElseThrow();
        test(change).click();
        TextField roleTitle = $(TextField.class).withLabel("Functie").single();
        assertThat(roleTitle.getValue()).isEqualTo("Wijkagent");
        test(roleTitle).setValue("Wijkagent Centrum");
        test($(Button.class).withText("Rolmodel opslaan").single()).click();
        assertThat($(Article.class).withClassName("role-model-admin").all()).filteredOn(a -> a.getElement()
                .getTextRecursively().contains("Kees Brink")).singleElement()
                .satisfies(a -> assertThat(a.getElement().getTextRecursively()).contains("Wijkagent Centrum"));
        assertThat(roleTitle.getValue()).as("the form is empty again for a new role model").isEmpty();
    }

    @Test
    void theAdministratorPlansAnAcceptedConversationAsASessionAndAMissingTimeIsSaid() {
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        long id = requests.request(jdbc.sql("SELECT id FROM role_model WHERE name = 'Samira El Amrani'").query(Long.class)
                .single(), QUESTION);
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        requests.accept(id, null);
        navigate(RoleModelRequestsView.class);
        Article request = request();
        TextField title = $(TextField.class, request).withLabel("Titel van de bijeenkomst").single();
        assertThat(title.getValue()).isEqualTo("Gesprek met Samira El Amrani");
        test(title).setValue(SESSION_TITLE);
        test($(TextField.class, request).withLabel("Plaats").single()).setValue("Stadhuis, kamer 3");
        test($(Button.class, request).withText("Plannen als bijeenkomst").single()).click();
        assertThat($(Paragraph.class, request).withClassName("form-error").single().getText())
                .isEqualTo("Vul het begin en het einde van de bijeenkomst in.");
        assertThat(title.getValue()).as("what was typed stays").isEqualTo(SESSION_TITLE);

        com.vaadin.flow.component.datetimepicker.DateTimePicker start =
                $(com.vaadin.flow.component.datetimepicker.DateTimePicker.class, request).withLabel("Begin").single();
        start.setValue(java.time.LocalDateTime.now().plusDays(7).withHour(10).withMinute(0).withSecond(0).withNano(0));
        test($(Button.class, request).withText("Plannen als bijeenkomst").single()).click();

        Article planned = request();
        assertThat(planned.getElement().getTextRecursively()).contains("Gepland als bijeenkomst op");
        Anchor session = $(Anchor.class, planned).withText("Naar de bijeenkomst").single();
        assertThat(session.getHref()).startsWith("beheer/bijeenkomsten/");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM planned_session WHERE title = ? AND kind = 'ROLMODELGESPREK'")
                .param(SESSION_TITLE).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theRequestsMenuEntryShowsOnlyForThoseWhoHandleRequests() {
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        navigate(RoleModelRequestsView.class);
        assertThat(navigation()).as("Pieter is a role model with his own account")
                .containsOnlyOnce(">Verzoeken om een gesprek</vaadin-side-nav-item>");
    }

    @Test
    void someoneWhoHandlesNoRequestsHasNoMenuEntryAndAnEmptyPage() {
        DemoUsers.signIn(users, DemoUsers.COACH);
        navigate(RoleModelRequestsView.class);
        assertThat(navigation()).contains("vaadin-side-nav-item").doesNotContain("Verzoeken om een gesprek");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Er zijn geen verzoeken.");
    }

    private Article request() {
        return $(Article.class).withClassName("role-model-request").all().stream()
                .filter(a -> a.getElement().getTextRecursively().contains(QUESTION)).findFirst().orElseThrow();
    }

    /** The layout's side navigation, sent as HTML. */
    private String navigation() {
        return $(com.vaadin.flow.component.html.Div.class).withClassName("app-nav").single().getElement()
                .getProperty("innerHTML");
    }
}
