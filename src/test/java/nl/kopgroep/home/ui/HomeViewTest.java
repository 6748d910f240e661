package nl.kopgroep.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.H1;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import java.util.EnumSet;
import java.util.UUID;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.organisation.AccountForm;
import nl.kopgroep.organisation.AccountService;
import nl.kopgroep.organisation.InvitationService;
import nl.kopgroep.organisation.OrganisationService;
import nl.kopgroep.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Each role's home shows that role's own content, and nothing of the others. */
@KopgroepTest
@ViewPackages(packages = "nl.kopgroep")
class HomeViewTest extends SpringBrowserlessTest {

    @Autowired nl.kopgroep.organisation.CohortAdministrationService cohortAdmin;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    UserDetailsService users;
    @Autowired
    AccountService accounts;
    @Autowired
    OrganisationService organisations;
    @Autowired
    InvitationService invitations;


    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void participantSeesCohortCoachAndFellows() {
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        navigate(HomeView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Welkom, Sanne de Vries");
        String text = $(ParticipantHome.class).single().getElement().getTextRecursively();
        assertThat(text).contains("Kopgroep Voorbeeldstad 1", "Marieke Jansen", "coach@voorbeeldstad.nl",
                "Mijn medekopgroepleden (11)", "Daan Jansen");
        assertThat($(CoachHome.class).exists()).isFalse();
        assertThat($(ManagerHome.class).exists()).isFalse();
        assertThat($(AdminHome.class).exists()).isFalse();
    }

    @Test
    void coachSeesCoachees() {
        DemoUsers.signIn(users, DemoUsers.COACH);
        navigate(HomeView.class);
        assertThat($(CoachHome.class).single().getElement().getTextRecursively()).contains("U coacht 6 deelnemer(s).");
        assertThat($(ParticipantHome.class).exists()).isFalse();
    }

    @Test
    void managerSeesTheCohortsOfTheOrganisation() {
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        navigate(HomeView.class);
        assertThat($(ManagerHome.class).single().getElement().getTextRecursively())
                .contains("Kopgroepen van mijn organisatie");
        assertThat($(AdminHome.class).exists()).isFalse();
    }

    /** The one-person-cohort attack on the manager's home: no progress, no size, no journal activity. */
    @Test
    @org.springframework.transaction.annotation.Transactional
    void aCohortOfOneShowsNoFigureOnTheManagersHome() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        OrganisationId voorbeeldstad = organisations.administrableOrganisations().stream()
                .filter(o -> o.code().equals("voorbeeldstad")).findFirst().orElseThrow().id();
        var one = cohortAdmin.create(voorbeeldstad, "Kopgroep van één", java.time.LocalDate.now().minusMonths(3));
        cohortAdmin.addMember(one.id(), new nl.kopgroep.base.UserId(jdbc.sql(
                "SELECT id FROM app_user WHERE email = 'eva.smit@voorbeeldstad.nl'").query(Long.class).single()),
                nl.kopgroep.organisation.MemberRole.PARTICIPANT);

        DemoUsers.signIn(users, DemoUsers.MANAGER);
        navigate(HomeView.class);
        var grid = test($(com.vaadin.flow.component.grid.Grid.class).withCondition(
                g -> "Kopgroepen van mijn organisatie".equals(g.getAriaLabel().orElse(null))).single());
        int row = java.util.stream.IntStream.range(0, grid.size())
                .filter(i -> grid.getCellText(i, 0).equals("Kopgroep van één")).findFirst().orElseThrow();
        assertThat(grid.getCellText(row, 2)).isEqualTo("minder dan vijf");
        assertThat(grid.getCellText(row, 5)).isEqualTo("niet getoond");
        assertThat($(JournalActivityHome.class).single().getElement().getTextRecursively())
                .contains("Kopgroep van één", "Niet getoond: deze kopgroep heeft minder dan vijf deelnemers");
    }

    @Test
    void someoneWithSeveralRolesSeesASectionForEach() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        String email = "coach-en-manager-" + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeldstad.nl";
        OrganisationId voorbeeldstad = organisations.administrableOrganisations().stream()
                .filter(o -> o.code().equals("voorbeeldstad")).findFirst().orElseThrow().id();
        accounts.create(voorbeeldstad,
                new AccountForm("Coach en Manager", email, EnumSet.of(Role.COACH, Role.MANAGER)));
        String token = nl.kopgroep.MailedLinks.invitation(jdbc, email);
        DemoUsers.signOut();
        invitations.accept(token, "twee petten tegelijk op", "twee petten tegelijk op");

        DemoUsers.signIn(users, email);
        navigate(HomeView.class);
        assertThat($(CoachHome.class).exists()).isTrue();
        assertThat($(ManagerHome.class).exists()).isTrue();
        assertThat($(ParticipantHome.class).exists()).isFalse();
        assertThat($(AdminHome.class).exists()).isFalse();
    }

    @Test
    void adminSeesWhatNeedsAttention() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        navigate(HomeView.class);
        assertThat($(AdminHome.class).single().getElement().getTextRecursively()).contains("Aandacht nodig", "Naar beheer");
    }

    @Test
    void aParticipantSeesWhoIsNowTheirCoachWithTheDate() {
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        navigate(HomeView.class);
        assertThat($(ParticipantHome.class).single().getElement().getTextRecursively())
                .containsPattern("Marieke Jansen is nu je coach \\(sinds \\d{1,2} \\p{L}+ \\d{4}\\)")
                .containsPattern("Marieke Jansen is je coach sinds \\d{1,2} \\p{L}+ \\d{4}");
    }

    @Test
    void afterAResetThePersonIsToldOnTheirHomeUntilTheyHaveSeenIt() throws Exception {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        String email = "herstel-thuis-" + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeldstad.nl";
        OrganisationId organisation = organisations.administrableOrganisations().stream()
                .filter(o -> o.code().equals("voorbeeldstad")).findFirst().orElseThrow().id();
        var created = accounts.create(organisation, new AccountForm("Thuis Herstel", email, EnumSet.of(Role.PARTICIPANT)));
        DemoUsers.signOut();
        invitations.accept(nl.kopgroep.MailedLinks.invitation(jdbc, created.account().email()), "een lang wachtwoord 2026", "een lang wachtwoord 2026");
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        accounts.resetPassword(created.account().id());
        DemoUsers.signOut();
        invitations.completePasswordReset(nl.kopgroep.MailedLinks.passwordReset(jdbc, email), "een nieuw lang wachtwoord",
                "een nieuw lang wachtwoord");

        DemoUsers.signIn(users, email);
        navigate(HomeView.class);
        PasswordResetNotice notice = $(PasswordResetNotice.class).single();
        assertThat(notice.getElement().getTextRecursively())
                .containsPattern("Je wachtwoord is op \\d{1,2} \\p{L}+ \\d{4} opnieuw ingesteld door beheer.");
        test($(com.vaadin.flow.component.button.Button.class, notice).withText("Gezien").single()).click();
        navigate(HomeView.class);
        assertThat($(PasswordResetNotice.class).exists()).isFalse();
    }
}
