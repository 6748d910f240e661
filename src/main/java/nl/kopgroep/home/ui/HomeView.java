package nl.kopgroep.home.ui;

import nl.kopgroep.base.ui.DateTimeFormats;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.kopgroep.organisation.AttentionService;
import nl.kopgroep.organisation.CohortService;
import nl.kopgroep.organisation.MyAccountService;
import nl.kopgroep.programme.ProgrammeService;
import nl.kopgroep.journal.JournalActivityService;
import nl.kopgroep.goals.CoacheeGoalService;
import nl.kopgroep.goals.GoalService;
import nl.kopgroep.security.AccountSecurityService;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.KopgroepUser;
import nl.kopgroep.security.Role;

/** The home of the signed-in person: one section per role they hold. */
@Route("")
@PermitAll
@Menu(order = 0, icon = "vaadin:home", title = "nav.home")
public class HomeView extends Main implements HasDynamicTitle {

    HomeView(CurrentUser currentUser, CohortService cohorts, ProgrammeService programme, JournalActivityService journal,
             GoalService goals, CoacheeGoalService coacheeGoals, AttentionService attention, DateTimeFormats formats,
             MyAccountService myAccount, java.time.Clock clock,
             AccountSecurityService accountSecurity, nl.kopgroep.scan.ScanService scans,
             nl.kopgroep.scan.CoacheeScanService coacheeScans,
             nl.kopgroep.connections.CoacheeMapService coacheeMaps,
             nl.kopgroep.sessions.SessionService sessions, nl.kopgroep.sessions.SessionHostingService hosting) {
        addClassName("page");
        KopgroepUser user = currentUser.require();
        H1 greeting = new H1(getTranslation("home.greeting", user.displayName()));
        add(greeting);
        myAccount.passwordResetNotice().ifPresent(at -> add(new PasswordResetNotice(at, formats, myAccount)));
        accountSecurity.previousSignIn().ifPresent(previous -> add(LastSignInLine.of(previous, formats)));
        if (user.roles().isEmpty()) {
            add(new Paragraph(getTranslation("home.noRoles")));
        }
        if (user.hasRole(Role.PARTICIPANT)) {
            add(new ParticipantHome(cohorts.myCohort(), cohorts.myCoachAssignments(), programme.myProgramme(), formats,
                    clock.instant()));
            add(ScanHome.due(scans.dueRound(), formats));
            add(new GoalReminder(goals.checkInsDue()));
            add(SessionsHome.mine(sessions.mine(), formats, clock.instant()));
        }
        if (user.hasRole(Role.COACH)) {
            add(new CoachHome(programme.coacheeProgress(), programme.coacheesAttended()));
            add(new CoacheeGoalsHome(coacheeGoals.coacheeGoals()));
            add(new ScanHome.Coachees(coacheeScans.coacheeScans(), formats));
            add(new CoacheeMapsHome(coacheeMaps.sharedWithMe()));
            add(SessionsHome.facilitating(hosting.facilitating(), formats, clock.instant()));
        }
        if (user.hasRole(Role.MANAGER)) {
            add(new ManagerHome(programme.cohortProgress(), formats));
            add(new JournalActivityHome(journal.cohortActivity()));
        }
        if (user.hasRole(Role.ADMIN)) {
            add(new AdminHome(attention.attentionItems(user.organisationId())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
