package nl.kopgroep.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.StatementCounter;
import nl.kopgroep.goals.GoalService;
import nl.kopgroep.management.ManagementService;
import nl.kopgroep.management.PlanningMoment;
import nl.kopgroep.management.ReportFile;
import nl.kopgroep.programme.ProgrammeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The benchmark of docs/benchmarks.md: fills the database with a national-scale installation (once)
 * and measures, for the largest municipality (300 participants), the management dashboard, the
 * coach home of a coach with 30 coachees and the PDF report, as median and 90th-percentile server
 * time over repeated runs after a warm-up, with the number of SQL statements each takes. Not part of
 * the normal build (its name does not end in Test); run it as docs/benchmarks.md says. The kennisbank alone:
 * {@code mariadb -uroot -h127.0.0.1 -e "CREATE DATABASE IF NOT EXISTS kopgroep_scale_knowledge CHARACTER SET utf8mb4 COLLATE
 * utf8mb4_unicode_ci"}, then {@code KOPGROEP_DB_URL=jdbc:mariadb://127.0.0.1:3306/kopgroep_scale_knowledge
 * KOPGROEP_DB_USER=root KOPGROEP_DB_PASSWORD= ./mvnw test -Dtest='ScaleBenchmark#knowledge'
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@KopgroepTest
class ScaleBenchmark {

    private static final String LARGEST = "schaal-1";

    @Autowired nl.kopgroep.journal.JournalActivityService activity;
    @Autowired nl.kopgroep.goals.CoacheeGoalService coacheeGoals;
    @Autowired nl.kopgroep.goals.WorkGoalReportingService workGoals;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;
    @Autowired ManagementService management;
    @Autowired ProgrammeService programme;
    @Autowired GoalService goals;
    @Autowired nl.kopgroep.journal.JournalService journal;
    @Autowired nl.kopgroep.agreement.AgreementService agreements;
    @Autowired nl.kopgroep.scan.ScanStatisticsService scanStatistics;
    @Autowired nl.kopgroep.scan.CoacheeScanService coacheeScans;
    @Autowired nl.kopgroep.connections.ConnectionMapService maps;
    @Autowired nl.kopgroep.balance.CohortBalanceService cohortBalance;
    @Autowired nl.kopgroep.balance.ParticipantBalanceService participantBalance;
    @Autowired nl.kopgroep.sessions.SessionService sessions;
    @Autowired nl.kopgroep.sessions.SessionStatisticsService sessionStatistics;
    @Autowired nl.kopgroep.knowledge.KnowledgeService knowledge;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    static <T> T inRequest(Supplier<T> work) {
        return PageRequest.run(null, work);
    }

    @Autowired nl.kopgroep.organisation.MyAccountService myAccount;
    @Autowired nl.kopgroep.security.AccountSecurityService accountSecurity;
    @Autowired nl.kopgroep.connections.CoacheeMapService coacheeMaps;
    @Autowired nl.kopgroep.sessions.SessionHostingService hosting;
    @Autowired nl.kopgroep.notification.NotificationService notifications;
    @Autowired nl.kopgroep.rolemodels.RoleModelRequestService roleModelRequests;

    /** Every service call the coach's home page makes when it opens (HomeView for a coach, and the MainLayout). */
    private int coachHomePage() {
        return (int) notifications.unreadCount() + (roleModelRequests.handlesRequests() ? 1 : 0)
                + (myAccount.passwordResetNotice().isPresent() ? 1 : 0)
                + (accountSecurity.previousSignIn().isPresent() ? 1 : 0)
                + programme.coacheeProgress().size() + programme.coacheesAttended().size()
                + coacheeGoals.coacheeGoals().size() + coacheeScans.coacheeScans().size()
                + coacheeMaps.sharedWithMe().size() + hosting.facilitating().size();
    }

    private boolean largestPresent() {
        Integer present = jdbc.queryForObject("SELECT COUNT(*) FROM organisation WHERE code = ?", Integer.class, LARGEST);
        return present != null && present > 0;
    }

    /** Fills the database with the national-scale installation, unless it is already there. */
    @Test
    void fill() {
        if (largestPresent()) {
            System.out.println("Scale data already present");
            return;
        }
        long start = System.nanoTime();
        ScaleData.Counts counts = ScaleData.generate(jdbc, ScaleData.Size.NATIONAL, LocalDate.now(), 2026);
        System.out.printf(Locale.ROOT, "Scale data generated in %d s: %s%n",
                Duration.ofNanos(System.nanoTime() - start).toSeconds(), counts);
    }

    /**
     * Fills only the largest municipality ({@value #LARGEST}: 300 participants, ten coaches, a manager), unless it is
     * there: enough for the load test's users next to the demo data, as {@code .ci/two-nodes} does.
     */
    @Test
    void fillLoadMunicipality() {
        if (largestPresent()) {
            System.out.println("Scale municipality already present");
            return;
        }
        ScaleData.Counts counts = ScaleData.municipality(jdbc, LARGEST, ScaleData.Size.NATIONAL.largestMunicipality(),
                ScaleData.Size.NATIONAL.entriesPerParticipant(), ScaleData.Size.NATIONAL.months(), LocalDate.now(), 2026);
        System.out.printf(Locale.ROOT, "Scale municipality generated: %s%n", counts);
    }

    @Test
    void measure() throws IOException {
        fill();
        jdbc.execute("ANALYZE TABLE goal, goal_link, key_result, check_in, check_in_value, reflection, lesson_progress, "
                + "cohort_member, coach_assignment, app_user, user_role, competency_scan, competency_score, connection_map, map_actor, map_tie, map_tie_goal, practice, practice_tag, practice_use");
        StringBuilder out = new StringBuilder();
        out.append("| data | count |\n|---|---|\n");
        for (String[] row : new String[][] {{"municipalities", "SELECT COUNT(*) FROM organisation"},
                {"participants", "SELECT COUNT(*) FROM user_role WHERE role = 'PARTICIPANT'"},
                {"journal entries", "SELECT COUNT(*) FROM reflection"}, {"goals", "SELECT COUNT(*) FROM goal"},
                {"check-ins", "SELECT COUNT(*) FROM check_in"}, {"lesson progress", "SELECT COUNT(*) FROM lesson_progress"},
                {"competency scores", "SELECT COUNT(*) FROM competency_score"},
                {"map actors", "SELECT COUNT(*) FROM map_actor"}, {"map ties", "SELECT COUNT(*) FROM map_tie"},
                {"kennisbank practices", "SELECT COUNT(*) FROM practice"},
                {"· of which shared with all municipalities", "SELECT COUNT(*) FROM practice WHERE sharing = 'ALL'"}}) {
            out.append("| ").append(row[0]).append(" | ").append(jdbc.queryForObject(row[1], Long.class)).append(" |\n");
        }
        out.append("\n| measured | median | p90 | SQL statements |\n|---|---|---|---|\n");

        DemoUsers.signIn(users, ScaleData.manager(LARGEST));
        int participants = management.dashboard(null, java.time.YearMonth.from(management.defaultPeriod().from()), java.time.YearMonth.now(), null).programme().stream()
                .mapToInt(p -> p.participants() == null ? 0 : p.participants()).sum();
        out.append(line("management dashboard (" + participants + " participants)", 30, 100,
                () -> management.dashboard(null, java.time.YearMonth.from(management.defaultPeriod().from()), java.time.YearMonth.now(), null)));
        nl.kopgroep.base.ReportingPeriod period = management.defaultPeriod();
        out.append(line("· of which work-goal progress", 10, 30, () -> workGoals.workGoalProgress(period)));
        out.append(line("· of which check-ins per month", 10, 30, () -> workGoals.checkInsPerMonth(period)));
        out.append(line("· of which journal activity", 10, 30, () -> activity.cohortActivity(null, java.time.YearMonth.from(period.from()), java.time.YearMonth.from(period.to()))));
        out.append(line("· of which programme progress", 10, 30, () -> programme.cohortProgress()));
        out.append(line("· of which the agreement", 10, 30, () -> agreements.current()));
        // -Dscale.pagesOnly=true: the dashboard and the coach home only (issue 16 follow-up: alternating runs on a
        // shared machine)
        boolean pagesOnly = Boolean.getBoolean("scale.pagesOnly");
        if (!pagesOnly) {
            out.append(line("PDF report (jaarrekening)", 5, 20, () -> management.reportFile(ReportFile.Format.PDF,
                    PlanningMoment.JAARREKENING, LocalDate.now().getYear(), null, null)));
            out.append(line("competency scan per cohort and round", 10, 30, () -> scanStatistics.cohortAggregates()));
            out.append(line("four-roles balance per cohort", 10, 30, () -> cohortBalance.cohortBalances()));
        }
        DemoUsers.signIn(users, ScaleData.coach(LARGEST));
        if (!pagesOnly) {
            out.append(line("coach's coachee scans", 10, 30, () -> coacheeScans.coacheeScans()));
        }
        int coachees = programme.coacheeProgress().size();
        out.append(line("coach home (" + coachees + " coachees)", 30, 100,
                () -> programme.coacheeProgress().size() + coacheeGoals.coacheeGoals().size()));
        out.append(line("coach home page, every service call of the view and the layout (" + coachees + " coachees)",
                30, 100, this::coachHomePage));

        if (!pagesOnly) {
            DemoUsers.signIn(users, ScaleData.participant(LARGEST));
            out.append(line("participant's verbindingskaart with analysis (" + ScaleData.MAP_ACTORS + " actors, "
                    + ScaleData.MAP_TIES + " ties)", 30, 100, () -> maps.myMap()));
            out.append(line("participant's four-roles balance (goals, check-ins, 100 entries, ties)", 10, 30,
                    () -> participantBalance.myBalance()));

            out.append(knowledgeLines());
        }
        out.append(profiles());

        System.out.println(out);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/benchmark-results.md"), out);
    }

    /**
     * The sessions (issue 15) at national scale: 2,000 sessions over the 50 municipalities with about 20 sign-ups
     * each; for a participant of the largest municipality the list of what is open to them, one session's page, and
     * management's attendance per cohort. Writes target/benchmark-sessions.md.
     */
    @Test
    void measureSessions() throws IOException {
        fill();
        jdbc.execute("ANALYZE TABLE planned_session, session_signup, session_facilitator, cohort_member, app_user");
        StringBuilder out = new StringBuilder();
        out.append("| data | count |\n|---|---|\n");
        out.append("| sessions | ").append(jdbc.queryForObject("SELECT COUNT(*) FROM planned_session", Long.class)).append(" |\n");
        out.append("| sign-ups | ").append(jdbc.queryForObject("SELECT COUNT(*) FROM session_signup", Long.class)).append(" |\n");
        out.append("\n| measured | median | p90 | SQL statements |\n|---|---|---|---|\n");
        DemoUsers.signIn(users, ScaleData.participant(LARGEST));
        int open = sessions.upcoming().size();
        out.append(line("participant's sessions (" + open + " open to them)", 30, 100, () -> sessions.upcoming()));
        out.append(line("participant's own sessions, past and future", 30, 100, () -> sessions.mine()));
        nl.kopgroep.sessions.SessionId first = sessions.upcoming().getFirst().id();
        out.append(line("a session's page", 30, 100, () -> sessions.session(first)));
        DemoUsers.signIn(users, ScaleData.manager(LARGEST));
        out.append(line("management: attendance per cohort", 30, 100, () -> sessionStatistics.attendancePerCohort()));
        System.out.println(out);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/benchmark-sessions.md"), out);
    }

    /** Only the kennisbank's rows (fills first if needed); written to target/benchmark-knowledge.md. */
    @Test
    void knowledge() throws IOException {
        fill();
        jdbc.execute("ANALYZE TABLE practice, practice_tag, practice_use, app_user, cohort_member");
        String counts = String.format(Locale.ROOT, "practices: %d, shared with all: %d, visible to a participant of %s: %d%n%n",
                jdbc.queryForObject("SELECT COUNT(*) FROM practice", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM practice WHERE sharing = 'ALL'", Long.class), LARGEST,
                jdbc.queryForObject("""
                        SELECT COUNT(*) FROM practice p JOIN organisation o ON o.code = ? WHERE p.status = 'PUBLISHED'
                        AND (p.sharing = 'ALL' OR p.organisation_id = o.id)""", Long.class, LARGEST));
        String out = counts + "| measured | median | p90 | SQL statements |\n|---|---|---|---|\n" + knowledgeLines();
        System.out.println(out);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/benchmark-knowledge.md"), out);
    }

    /**
     * The kennisbank at national scale (issue 15, DD014), for a participant of the largest municipality: search with
     * one word, two words, words with filters, filters only, similar practices and one practice's page. The target
     * is 150 ms server time for a search.
     */
    private String knowledgeLines() {
        DemoUsers.signIn(users, ScaleData.participant(LARGEST));
        StringBuilder out = new StringBuilder();
        var one = nl.kopgroep.knowledge.SearchQuery.words("wijkaanpak");
        out.append(line("kennisbank search, one word (" + knowledge.search(one).size() + " shown)", 20, 50,
                () -> knowledge.search(one)));
        var common = nl.kopgroep.knowledge.SearchQuery.words("gemeente");
        out.append(line("kennisbank search, one common word (" + knowledge.search(common).size() + " shown)", 20, 50,
                () -> knowledge.search(common)));
        var two = nl.kopgroep.knowledge.SearchQuery.words("bewonersavonden woningcorporatie");
        out.append(line("kennisbank search, two words (" + knowledge.search(two).size() + " shown)", 20, 50,
                () -> knowledge.search(two)));
        var filtered = new nl.kopgroep.knowledge.SearchQuery("samenwerken", null, nl.kopgroep.base.MunicipalRole.NETWERKEND,
                "verbinden", null);
        out.append(line("kennisbank search, word with role and competency filter (" + knowledge.search(filtered).size()
                + " shown)", 20, 50, () -> knowledge.search(filtered)));
        var filterOnly = new nl.kopgroep.knowledge.SearchQuery("", "Thema 3", null, null, null);
        out.append(line("kennisbank, theme filter without words, newest first", 20, 50, () -> knowledge.search(filterOnly)));
        long id = knowledge.search(two).getFirst().id();
        out.append(line("kennisbank similar practices", 20, 50, () -> knowledge.similar(id)));
        out.append(line("kennisbank practice page (one practice with tags and reactions)", 20, 50, () -> knowledge.practice(id)));
        out.append(line("kennisbank filter options", 20, 50, () -> knowledge.filters()));
        // DD014's alternatives, same data, same visibility: a LIKE scan of the texts (no stems, no relevance) ...
        String like = "SELECT p.id FROM practice p JOIN organisation o ON o.code = '" + LARGEST + "' WHERE p.status = 'PUBLISHED' "
                + "AND (p.sharing = 'ALL' OR p.organisation_id = o.id) AND CONCAT_WS(' ', p.title, p.intention, p.happened, "
                + "p.difference, p.lessons) LIKE ? LIMIT 50";
        out.append(line("alternative: LIKE '%wijkaanpak%' over the five texts, no stems, no relevance", 20, 50,
                () -> jdbc.queryForList(like, Long.class, "%wijkaanpak%")));
        // ... and what stems find that the typed word alone does not
        String stems = "SELECT COUNT(*) FROM practice WHERE MATCH(search_text) AGAINST ('+samenwerk*' IN BOOLEAN MODE)";
        String literal = "SELECT COUNT(*) FROM practice WHERE CONCAT_WS(' ', title, intention, happened, difference, lessons) "
                + "LIKE '%samenwerken%'";
        out.append(String.format(Locale.ROOT, "| recall for \"samenwerken\": stems find %d practices, the literal word %d | | | |%n",
                jdbc.queryForObject(stems, Long.class), jdbc.queryForObject(literal, Long.class)));
        return out.toString();
    }

    /**
     * Times {@code work} as the server runs a page: each run in one HTTP request of its own (what the parts of a page
     * share is read once per request, {@link nl.kopgroep.base.RequestMemo}).
     */
    /**
     * The statements of one dashboard and one coach home page (view and layout), each with its time in the database,
     * after ten warm-up loads: where the pages' time goes (issue 16).
     */
    private String profiles() {
        StringBuilder out = new StringBuilder();
        DemoUsers.signIn(users, ScaleData.manager(LARGEST));
        out.append(profile("management dashboard", () -> management.dashboard(null,
                java.time.YearMonth.from(management.defaultPeriod().from()), java.time.YearMonth.now(), null)));
        DemoUsers.signIn(users, ScaleData.coach(LARGEST));
        out.append(profile("coach home page", this::coachHomePage));
        return out.toString();
    }

    private static String profile(String name, Supplier<?> page) {
        for (int i = 0; i < 10; i++) {
            inRequest(page);
        }
        List<List<String>> runs = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            runs.add(StatementCounter.profile(() -> inRequest(page)));
        }
        StringBuilder out = new StringBuilder("\n" + name + ", statement by statement (median of 21 loads, ms in the "
                + "database):\n\n```\n");
        for (int i = 0; i < runs.getFirst().size(); i++) {
            int at = i;
            List<Long> millis = runs.stream().filter(run -> run.size() > at)
                    .map(run -> Long.parseLong(run.get(at).substring(0, run.get(at).indexOf(' ')))).sorted().toList();
            String sql = runs.getFirst().get(i);
            sql = sql.substring(sql.indexOf(": ") + 2).replaceAll("\\s+", " ");
            out.append(String.format(Locale.ROOT, "%3d ms: %s%n", millis.get(millis.size() / 2),
                    sql.length() > 160 ? sql.substring(0, 160) + "…" : sql));
        }
        return out.append("```\n").toString();
    }

    private static String line(String name, int warmUp, int runs, Supplier<?> page) {
        Supplier<?> work = () -> inRequest(page);
        for (int i = 0; i < warmUp; i++) {
            work.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            millis.add((System.nanoTime() - start) / 1_000_000.0);
        }
        Collections.sort(millis);
        long statements = StatementCounter.count(work).statements();
        return String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %d |%n", name, millis.get(runs / 2),
                millis.get((int) Math.ceil(runs * 0.9) - 1), statements);
    }
}
