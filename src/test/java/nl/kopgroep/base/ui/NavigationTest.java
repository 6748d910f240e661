package nl.kopgroep.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.internal.NavigationRouteTarget;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.agreement.AgreementNavigation;
import nl.kopgroep.base.UserId;
import nl.kopgroep.goals.GoalsNavigation;
import nl.kopgroep.journal.JournalNavigation;
import nl.kopgroep.journal.ReflectionId;
import nl.kopgroep.management.ManagementNavigation;
import nl.kopgroep.organisation.OrganisationNavigation;
import nl.kopgroep.programme.ProgrammeNavigation;
import nl.kopgroep.review.ReviewNavigation;
import nl.kopgroep.security.SecurityNavigation;
import org.junit.jupiter.api.Test;

/** Every typed link leads to the page it names, and its id reads back from the route it built. */
@KopgroepTest
@ViewPackages(packages = "nl.kopgroep")
class NavigationTest extends SpringBrowserlessTest {

    @Test
    void anEntryLinkParsesBackToTheSameEntryOnTheSamePage() {
        ReflectionId entry = new ReflectionId(4711);

        NavigationRouteTarget author = resolve(JournalNavigation.entry(entry));
        assertThat(author.getRouteTarget().getTarget()).isAssignableTo(JournalNavigation.EntryRoute.class);
        assertThat(JournalNavigation.entryId(author.getRouteParameters())).contains(entry);

        NavigationRouteTarget editor = resolve(JournalNavigation.editor(entry));
        assertThat(editor.getRouteTarget().getTarget()).isAssignableTo(JournalNavigation.EditorRoute.class);
        assertThat(JournalNavigation.entryId(editor.getRouteParameters())).contains(entry);
        assertThat(JournalNavigation.entryId(resolve(JournalNavigation.newEntry()).getRouteParameters())).isEmpty();

        NavigationRouteTarget coach = resolve(ReviewNavigation.entry(entry));
        assertThat(coach.getRouteTarget().getTarget()).isAssignableTo(ReviewNavigation.EntryRoute.class);
        assertThat(ReviewNavigation.entryId(coach.getRouteParameters())).contains(entry);
    }

    @Test
    void goalAndProgrammeLinksParseBack() {
        NavigationRouteTarget coachee = resolve(GoalsNavigation.coachee(new UserId(12)));
        assertThat(coachee.getRouteTarget().getTarget()).isAssignableTo(GoalsNavigation.CoacheeGoalsRoute.class);
        assertThat(GoalsNavigation.coacheeId(coachee.getRouteParameters())).contains(new UserId(12));

        NavigationRouteTarget workGoal = resolve(GoalsNavigation.workGoal(34));
        assertThat(workGoal.getRouteTarget().getTarget()).isAssignableTo(GoalsNavigation.WorkGoalRoute.class);
        assertThat(GoalsNavigation.workGoalId(workGoal.getRouteParameters())).contains(34L);

        NavigationRouteTarget lesson = resolve(ProgrammeNavigation.lesson("start-waarom-kopgroep"));
        assertThat(lesson.getRouteTarget().getTarget()).isAssignableTo(ProgrammeNavigation.LessonRoute.class);
        assertThat(ProgrammeNavigation.lessonKey(lesson.getRouteParameters())).isEqualTo("start-waarom-kopgroep");

        NavigationRouteTarget module = resolve(ProgrammeNavigation.module("start"));
        assertThat(ProgrammeNavigation.moduleKey(module.getRouteParameters())).isEqualTo("start");
    }

    @Test
    void pagesWithoutParametersHaveTheirOwnPaths() {
        assertThat(JournalNavigation.journal()).isEqualTo("dagboek");
        assertThat(ReviewNavigation.queue()).isEqualTo("coach");
        assertThat(GoalsNavigation.goals()).isEqualTo("doelen");
        assertThat(ManagementNavigation.dashboard()).isEqualTo("management");
        assertThat(AgreementNavigation.agreement()).isEqualTo("akkoord");
        assertThat(ProgrammeNavigation.programme()).isEqualTo("programma");
        assertThat(OrganisationNavigation.administration()).isEqualTo("beheer");
        assertThat(SecurityNavigation.login()).isEqualTo("login");
        assertThat(resolve(JournalNavigation.journal()).getRouteParameters()).isEqualTo(RouteParameters.empty());
    }

    @Test
    void theMailPathsAreTheRegisteredRoutes() {
        ReflectionId entry = new ReflectionId(4711);
        assertThat(ReviewNavigation.entryPath(entry)).isEqualTo("/" + ReviewNavigation.entry(entry));
        assertThat(JournalNavigation.entryPath(entry)).isEqualTo("/" + JournalNavigation.entry(entry));
        assertThat(GoalsNavigation.goalsPath()).isEqualTo("/" + GoalsNavigation.goals());
        assertThat(ProgrammeNavigation.modulePath("start")).isEqualTo("/" + ProgrammeNavigation.module("start"));
        assertThat(ManagementNavigation.dashboardPath()).isEqualTo("/" + ManagementNavigation.dashboard());
        assertThat(nl.kopgroep.scan.ScanNavigation.roundPath(2)).isEqualTo("/" + nl.kopgroep.scan.ScanNavigation.round(2));
        var participant = new nl.kopgroep.base.UserId(77);
        assertThat(nl.kopgroep.connections.ConnectionsNavigation.mapPath())
                .isEqualTo("/" + nl.kopgroep.connections.ConnectionsNavigation.map());
        assertThat(nl.kopgroep.connections.ConnectionsNavigation.coacheePath(participant))
                .isEqualTo("/" + nl.kopgroep.connections.ConnectionsNavigation.coachee(participant));
    }

    private static NavigationRouteTarget resolve(String location) {
        return RouteConfiguration.forApplicationScope().getHandledRegistry().getNavigationRouteTarget(location);
    }
}
