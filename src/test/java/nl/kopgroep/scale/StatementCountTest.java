package nl.kopgroep.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.StatementCounter;
import nl.kopgroep.StatementCounter.Counted;
import nl.kopgroep.goals.GoalService;
import nl.kopgroep.management.Dashboard;
import nl.kopgroep.management.ManagementService;
import nl.kopgroep.management.PlanningMoment;
import nl.kopgroep.management.ReportFile;
import nl.kopgroep.programme.ProgrammeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * The number of SQL statements behind the management dashboard (at most {@value #DASHBOARD_MAX}), the PDF report and the
 * coach home (the page as rendered, browserless, and every service call of its view: at most {@value #COACH_HOME_MAX})
 * and the goals per commitment (every WORK goal with its key results and links) and the four-roles balance per
 * cohort (WORK goals and check-ins per role and quarter) does not grow with
 * the number of participants, goals, check-ins or entries: counted at two sizes.
 */
@KopgroepTest
@Transactional
@com.vaadin.browserless.ViewPackages(packages = "nl.kopgroep")
class StatementCountTest extends com.vaadin.browserless.SpringBrowserlessTest {

    /** Issue 16: the most statements the management dashboard and the coach's whole home page may take. */
    static final int DASHBOARD_MAX = 8;
    /** The coach's home view: every service call HomeView makes for a coach. */
    static final int COACH_HOME_MAX = 8;
    /** The whole page as rendered, the view in the MainLayout (unread notifications, the role-model menu entry). */
    static final int COACH_HOME_PAGE_MAX = COACH_HOME_MAX + 2;

    @Autowired nl.kopgroep.organisation.MyAccountService myAccount;
    @Autowired nl.kopgroep.security.AccountSecurityService accountSecurity;
    @Autowired nl.kopgroep.connections.CoacheeMapService coacheeMaps;
    @Autowired nl.kopgroep.sessions.SessionHostingService hosting;

    @Autowired jakarta.persistence.EntityManager entityManager;

    @Autowired nl.kopgroep.goals.CoacheeGoalService coacheeGoals;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;
    @Autowired ManagementService management;
    @Autowired ProgrammeService programme;
    @Autowired GoalService goals;
    @Autowired nl.kopgroep.goals.WorkGoalReportingService workGoals;
    @Autowired nl.kopgroep.balance.CohortBalanceService roleBalance;
    @Autowired nl.kopgroep.scan.ScanStatisticsService scanStatistics;
    @Autowired nl.kopgroep.scan.CoacheeScanService coacheeScans;

    @Autowired nl.kopgroep.joint.JointDashboardService jointDashboard;
    @Autowired nl.kopgroep.joint.JointProgrammeAdminService jointAdmin;

    /**
     * Issue 15: the joint programme's dashboard reads a fixed number of statements, whatever the number of opgaven,
     * linked goals or municipalities' parts.
     */
    @Test
    void theJointDashboardsStatementsDoNotGrowWithOpgavenOrLinkedGoals() {
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        nl.kopgroep.joint.JointProgrammeId programme = jointDashboard.programmes().getFirst().id();
        Counted<nl.kopgroep.joint.JointDashboard> before = StatementCounter.count(() -> jointDashboard.dashboard(programme));

        DemoUsers.signIn(users, "beheer@lindendal.nl");
        java.util.List<Long> added = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            added.add(jointAdmin.addOpgave(programme, "Telling " + i, null));
        }
        // every WORK goal of both municipalities that was not linked now serves one of the new opgaven
        java.util.List<java.util.Map<String, Object>> unlinked = jdbc.queryForList("""
                SELECT g.id, g.owner_id, g.organisation_id FROM goal g JOIN app_user u ON u.id = g.owner_id
                JOIN organisation o ON o.id = g.organisation_id
                WHERE g.kind = 'WORK' AND o.code IN ('voorbeeldstad', 'lindendal')
                  AND NOT EXISTS (SELECT 1 FROM joint_opgave_goal l WHERE l.goal_id = g.id)""");
        assertThat(unlinked).isNotEmpty();
        for (int i = 0; i < unlinked.size(); i++) {
            var row = unlinked.get(i);
            jdbc.update("INSERT INTO joint_opgave_goal (goal_id, opgave_id, owner_id, organisation_id, linked_at) "
                    + "VALUES (?, ?, ?, ?, NOW(6))", row.get("id"), added.get(i % added.size()), row.get("owner_id"),
                    row.get("organisation_id"));
        }
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        Counted<nl.kopgroep.joint.JointDashboard> after = StatementCounter.count(() -> jointDashboard.dashboard(programme));

        assertThat(after.result().opgaven()).hasSize(before.result().opgaven().size() + 5);
        assertThat(after.statements()).as("joint dashboard statements: %s", after.sql())
                .isEqualTo(before.statements());
    }

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void statementsDoNotGrowWithTheData() {
        LocalDate today = LocalDate.now();
        ScaleData.municipality(jdbc, "telling-klein", 5, 8, 24, today, 1);
        ScaleData.municipality(jdbc, "telling-groot", 60, 40, 24, today, 2);

        Figures small = measure("telling-klein");
        Figures large = measure("telling-groot");

        assertThat(large.workGoals()).as("the larger municipality really has more data").isGreaterThan(4 * small.workGoals());
        assertThat(large.coachees()).isEqualTo(30);
        assertThat(small.coachees()).isEqualTo(5);
        assertThat(large.dashboard().size()).as("dashboard statements: %s", large.dashboard())
                .isEqualTo(small.dashboard().size());
        assertThat(large.report().size()).as("PDF report statements: %s", large.report()).isEqualTo(small.report().size());
        assertThat(large.coachHome().size()).as("coach home statements: %s", large.coachHome())
                .isEqualTo(small.coachHome().size());
        assertThat(large.dashboard().size()).as("issue 16: at most %d dashboard statements: %s", DASHBOARD_MAX,
                large.dashboard()).isLessThanOrEqualTo(DASHBOARD_MAX);
        assertThat(large.coachHome().size()).as("issue 16: at most %d statements for the coach's whole home page: %s",
                COACH_HOME_PAGE_MAX, large.coachHome()).isLessThanOrEqualTo(COACH_HOME_PAGE_MAX);
        assertThat(large.coachHomeView().size()).as("coach home view statements: %s", large.coachHomeView())
                .isEqualTo(small.coachHomeView().size());
        assertThat(large.coachHomeView().size()).as("issue 16: at most %d statements for the coach's home view: %s",
                COACH_HOME_MAX, large.coachHomeView()).isLessThanOrEqualTo(COACH_HOME_MAX);
        assertThat(large.goalsByCommitment().size()).as("goals per commitment statements: %s", large.goalsByCommitment())
                .isEqualTo(small.goalsByCommitment().size());
        assertThat(large.roleBalance().size()).as("role balance per cohort statements: %s", large.roleBalance())
                .isEqualTo(small.roleBalance().size());
        assertThat(small.scanRoundsShown()).as("five participants completed each round: figures shown").isPositive();
        assertThat(large.scanRoundsShown()).isPositive();
        assertThat(large.scanAggregate().size()).as("competency scan aggregate statements: %s", large.scanAggregate())
                .isEqualTo(small.scanAggregate().size());
        assertThat(large.coachScans().size()).as("coach's coachee scans statements: %s", large.coachScans())
                .isEqualTo(small.coachScans().size());
    }

    record Figures(java.util.List<String> dashboard, java.util.List<String> report, java.util.List<String> coachHome,
                   java.util.List<String> goalsByCommitment, java.util.List<String> roleBalance, int workGoals, int coachees,
                   java.util.List<String> scanAggregate, long scanRoundsShown, java.util.List<String> coachScans,
                   java.util.List<String> coachHomeView) {
    }

    /**
     * The statements of one page load, as the server runs it: in one HTTP request (so the parts of the page that
     * read the same thing share it, {@link nl.kopgroep.base.RequestMemo}), after a first load in the same session on
     * this node (the programme's catalogue and agreement documents are then kept in memory, the sign-in before this
     * session's is known) and with a fresh persistence context.
     */
    private <T> Counted<T> page(java.util.function.Supplier<T> work) {
        org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
        PageRequest.run(session, () -> StatementCounter.count(work));
        entityManager.clear();
        return PageRequest.run(session, () -> StatementCounter.count(work));
    }

    private Figures measure(String municipality) {
        DemoUsers.signIn(users, ScaleData.manager(municipality));
        Counted<Dashboard> dashboard = page(() -> management.dashboard(null, java.time.YearMonth.from(management.defaultPeriod().from()), java.time.YearMonth.now(), null));
        Counted<ReportFile> report = StatementCounter.count(() -> management.reportFile(ReportFile.Format.PDF,
                PlanningMoment.JAARREKENING, LocalDate.now().getYear(), null, null));
        Counted<Integer> byCommitment = StatementCounter.count(() -> workGoals.workGoalsByCommitment().size());
        Counted<Integer> balance = StatementCounter.count(() -> roleBalance.cohortBalances().size());
        Counted<Long> scans = StatementCounter.count(() -> scanStatistics.cohortAggregates().stream()
                .filter(nl.kopgroep.scan.ScanAggregate::shown).count());
        DemoUsers.signIn(users, ScaleData.coach(municipality));
        Counted<Integer> coachHome = page(() -> {
            cleanVaadinEnvironment();
            initVaadinEnvironment();
            navigate(nl.kopgroep.home.ui.HomeView.class);
            return 0;
        });
        int coachees = programme.coacheeProgress().size();
        // what HomeView asks for a coach, call by call (the rendered page above adds the layout's)
        Counted<Integer> coachHomeView = page(() -> (myAccount.passwordResetNotice().isPresent() ? 1 : 0)
                + (accountSecurity.previousSignIn().isPresent() ? 1 : 0)
                + programme.coacheeProgress().size() + programme.coacheesAttended().size()
                + coacheeGoals.coacheeGoals().size() + coacheeScans.coacheeScans().size()
                + coacheeMaps.sharedWithMe().size() + hosting.facilitating().size());
        Counted<Integer> coachScans = StatementCounter.count(() -> coacheeScans.coacheeScans().size());
        return new Figures(dashboard.sql(), report.sql(), coachHome.sql(), byCommitment.sql(), balance.sql(),
                dashboard.result().workGoals(), coachees, scans.sql(), scans.result(), coachScans.sql(),
                coachHomeView.sql());
    }
}
