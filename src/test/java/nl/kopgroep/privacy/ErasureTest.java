package nl.kopgroep.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.ReportingPeriod;
import nl.kopgroep.base.UserId;
import nl.kopgroep.goals.GoalConversationService;
import nl.kopgroep.goals.GoalForm;
import nl.kopgroep.goals.GoalKind;
import nl.kopgroep.goals.GoalService;
import nl.kopgroep.goals.KeyResultForm;
import nl.kopgroep.journal.CohortActivity;
import nl.kopgroep.journal.EntryForm;
import nl.kopgroep.journal.EntryReadingService;
import nl.kopgroep.journal.FeedbackMessage;
import nl.kopgroep.journal.FeedbackService;
import nl.kopgroep.journal.JournalActivityService;
import nl.kopgroep.journal.JournalService;
import nl.kopgroep.journal.ReflectionId;
import nl.kopgroep.journal.Visibility;
import nl.kopgroep.organisation.AccountForm;
import nl.kopgroep.organisation.AccountService;
import nl.kopgroep.organisation.CohortAdministrationService;
import nl.kopgroep.organisation.InvitationService;
import nl.kopgroep.organisation.MemberRole;
import nl.kopgroep.organisation.OrganisationDirectory;
import nl.kopgroep.programme.ProgrammeService;
import nl.kopgroep.review.ReviewService;
import nl.kopgroep.security.AuditLog;
import nl.kopgroep.security.KopgroepUser;
import nl.kopgroep.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Erasure of a person who left: Erik was a participant (with a coach) and a coach (of Fleur). After the
 * erasure no row of any table refers to him — checked over every column of the schema that holds a
 * person's id, and every text column for his name and e-mail, so a new table is covered without
 * changing this test — except the audit log's id. What he wrote into Fleur's record stays, without
 * his name; management's counts drop his past activity; another municipality's admin cannot erase him.
 */
@KopgroepTest
class ErasureTest {

    private static final String ERIK = "Erik Vergeetmij";
    private static final String ERIK_EMAIL = "erik.vergeetmij@voorbeeldstad.nl";
    private static final String PASSWORD = "Wisproef-paard-batterij-nietje-42";
    /** Columns that hold a person's id by their name (besides every foreign key to app_user). */
    private static final Pattern PERSON_ID = Pattern.compile(
            "(.*_)?(user|participant|author|coach|reader|recipient|owner|actor|writer|member)(_id)?");

    @Autowired org.springframework.jdbc.core.simple.JdbcClient mailJdbc;
    @Autowired AccountService accounts;
    @Autowired InvitationService invitations;
    @Autowired CohortAdministrationService cohortAdmin;
    @Autowired OrganisationDirectory directory;
    @Autowired JournalService journal;
    @Autowired EntryReadingService reading;
    @Autowired FeedbackService feedback;
    @Autowired GoalService goals;
    @Autowired GoalConversationService goalConversation;
    @Autowired ReviewService review;
    @Autowired ProgrammeService programme;
    @Autowired JournalActivityService activity;
    @Autowired ErasureService erasure;
    @Autowired AuditLog auditLog;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;
    @Autowired Clock clock;

    private final List<CohortId> cohorts = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        DemoUsers.signOut();
        cohorts.forEach(c -> {
            jdbc.update("DELETE FROM coach_assignment WHERE cohort_id = ?", c.value());
            jdbc.update("DELETE FROM cohort_member WHERE cohort_id = ?", c.value());
            jdbc.update("UPDATE reflection SET cohort_id = NULL WHERE cohort_id = ?", c.value());
            jdbc.update("DELETE FROM cohort WHERE id = ?", c.value());
        });
    }

    @Test
    void afterErasureNothingRefersToThePersonButTheAuditLogsId() {
        as(DemoUsers.ADMIN);
        OrganisationId org = me().organisationId();
        LocalDate today = LocalDate.now(clock);
        CohortId groupA = cohortAdmin.create(org, "Wisproef A " + System.nanoTime(), today).id();
        CohortId groupB = cohortAdmin.create(org, "Wisproef B " + System.nanoTime(), today).id();
        cohorts.addAll(List.of(groupA, groupB));
        UserId erik = account(org, ERIK, ERIK_EMAIL, Role.PARTICIPANT, Role.COACH);
        UserId fleur = account(org, "Fleur Blijft", "fleur.blijft@voorbeeldstad.nl", Role.PARTICIPANT);
        UserId marieke = directory.accountByEmail(DemoUsers.COACH).orElseThrow();
        List<UserId> writers = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            writers.add(account(org, "Wisproef Schrijver " + i, "schrijver" + i + ".wisproef@voorbeeldstad.nl", Role.PARTICIPANT));
        }
        cohortAdmin.addMember(groupA, erik, MemberRole.PARTICIPANT);
        writers.forEach(w -> cohortAdmin.addMember(groupA, w, MemberRole.PARTICIPANT));
        cohortAdmin.addMember(groupA, marieke, MemberRole.COACH);
        cohortAdmin.assignCoach(groupA, marieke, erik);
        cohortAdmin.addMember(groupB, erik, MemberRole.COACH);
        cohortAdmin.addMember(groupB, fleur, MemberRole.PARTICIPANT);
        cohortAdmin.assignCoach(groupB, erik, fleur);

        // Erik as a participant
        as(ERIK_EMAIL);
        journal.save(entry("Erik privé", "Alleen voor Erik.", Visibility.PRIVATE));
        ReflectionId eriksShared = journal.save(entry("Erik voor coach", "Voor Marieke.", Visibility.COACH));
        journal.saveDraft(entry("Erik concept", "Half.", Visibility.PRIVATE));
        long eriksGoal = goals.create(new GoalForm(GoalKind.LEARNING, "Eriks leerdoel", null, Set.of(),
                Set.of(goals.competencies().getFirst().code())));
        goals.addKeyResult(eriksGoal, new KeyResultForm("Gesprekken", "gesprekken", BigDecimal.ZERO, BigDecimal.TEN));
        goalConversation.comment(eriksGoal, "Eriks eigen reactie");
        programme.markDone(jdbc.queryForObject("SELECT lesson_key FROM lesson WHERE retired = FALSE LIMIT 1", String.class));
        for (int i = 0; i < writers.size(); i++) {
            as("schrijver" + (i + 1) + ".wisproef@voorbeeldstad.nl");
            journal.save(entry("Schrijver " + (i + 1), "Tekst.", Visibility.PRIVATE));
        }
        // his coach about him
        as(DemoUsers.COACH);
        reading.read(eriksShared);
        feedback.addFeedback(eriksShared, "Goed gedaan, Erik.");
        review.markReviewed(eriksShared, null);
        review.addNote(erik, "Notitie van Marieke over Erik");
        as(ERIK_EMAIL);
        feedback.addFeedback(eriksShared, "Dank je, Marieke.");
        // Erik as Fleur's coach
        as("fleur.blijft@voorbeeldstad.nl");
        ReflectionId fleursEntry = journal.save(entry("Fleur deelt", "Fleurs tekst.", Visibility.COACH));
        long fleursGoal = goals.create(new GoalForm(GoalKind.LEARNING, "Fleurs leerdoel", null, Set.of(),
                Set.of(goals.competencies().getFirst().code())));
        as(ERIK_EMAIL);
        reading.read(fleursEntry);
        feedback.addFeedback(fleursEntry, "Feedback van Erik aan Fleur");
        review.markReviewed(fleursEntry, null);
        review.addNote(fleur, "Notitie van Erik over Fleur");
        review.addComment("Bibliotheek van Erik");
        goalConversation.comment(fleursGoal, "Reactie van Erik bij Fleurs doel");
        // and the security records: a sign-in from an address, a failed one
        auditLog.record(org, erik, ERIK_EMAIL, "LOGIN", "192.0.2.7");
        auditLog.record(org, erik, ERIK_EMAIL, "LOGIN_FAILED", "192.0.2.8");
        jdbc.update("INSERT INTO login_throttle (subject_kind, subject, failures, last_failure_at) "
                + "VALUES ('ACCOUNT', ?, 1, UTC_TIMESTAMP()), ('PAIR', ?, 1, UTC_TIMESTAMP())",
                nl.kopgroep.base.Hashes.sha256Hex(ERIK_EMAIL), nl.kopgroep.base.Hashes.sha256Hex(ERIK_EMAIL + "\n192.0.2.8"));
        jdbc.update("INSERT INTO sign_in (user_id, signed_in_at, client_address, device) VALUES (?, UTC_TIMESTAMP(), ?, ?)",
                erik.value(), "192.0.2.7", "Firefox, Windows");
        // and his link to the municipality's provider (issue 13)
        jdbc.update("INSERT INTO account_identity (user_id, organisation_id, issuer, subject, linked_at, last_sign_in_at) "
                + "VALUES (?, ?, 'https://login.example.org/voorbeeldstad', ?, UTC_TIMESTAMP(), UTC_TIMESTAMP())",
                erik.value(), org.value(), "erik-subject-" + erik.value());
        // and mail (issue 12): a mail sent to him, his settings and digest notices, and a notice for Fleur naming him
        jdbc.update("""
                INSERT INTO mail_outbox (recipient_id, organisation_id, address, topic, locale, subject, text_body, html_body,
                    message_id, status, attempts, next_attempt_at, created_at)
                VALUES (?, ?, ?, 'FEEDBACK', 'nl-NL', 'Voor Erik', ?, ?, ?, 'FAILED', 1, UTC_TIMESTAMP(), UTC_TIMESTAMP())""",
                erik.value(), org.value(), ERIK_EMAIL, "Beste " + ERIK, "<p>Beste " + ERIK + "</p>", "<erasure-" + erik.value() + "@test>");
        jdbc.update("INSERT INTO mail_preference (user_id, topic, frequency, changed_at) VALUES (?, 'FEEDBACK', 'NONE', UTC_TIMESTAMP())",
                erik.value());
        jdbc.update("""
                INSERT INTO mail_notice (recipient_id, topic, line_key, arg1, link_path, created_at)
                VALUES (?, 'FEEDBACK', 'mail.topic.feedback', NULL, '/doelen', UTC_TIMESTAMP()),
                       (?, 'REFLECTIONS_WAITING', 'mail.topic.reflections_waiting', ?, '/coach', UTC_TIMESTAMP())""",
                erik.value(), fleur.value(), ERIK);

        as(DemoUsers.ADMIN);
        assertThatThrownBy(() -> erasure.preview(erik)).as("an active account is not erased")
                .isInstanceOf(DomainException.class).hasMessage("privacy.erase.stillActive");
        accounts.deactivate(erik);
        // Management counts completed months only: the planted entries move to last month.
        for (UserId author : concat(writers, erik)) {
            jdbc.update("UPDATE reflection SET created_at = DATE_SUB(created_at, INTERVAL 1 MONTH) WHERE author_id = ?",
                    author.value());
        }
        CohortActivity.Month before = month(groupA, today);
        assertThat(before).as("Erik's two entries and the five writers' ones, six writers")
                .isEqualTo(new CohortActivity.Month(7, 6, false));

        assertThat(references(erik.value())).as("the check finds every kind of reference before the erasure")
                .contains("reflection.author_id", "reflection_draft.author_id", "reflection_read.reader_id",
                        "reflection_feedback.author_id", "reflection_review.coach_id", "comment_template.coach_id",
                        "coach_note.coach_id", "coach_note.participant_id", "goal.owner_id", "goal_comment.author_id",
                        "lesson_progress.user_id", "notification.recipient_id", "notification.actor_name (text)",
                        "cohort_member.user_id", "coach_assignment.coach_id", "coach_assignment.participant_id",
                        "app_user.id", "user_role.user_id", "audit_event.actor (text)", "sign_in.user_id", "account_identity.user_id",
                        "mail_outbox.recipient_id", "mail_outbox.address (text)", "mail_outbox.text_body (text)",
                        "mail_preference.user_id", "mail_notice.recipient_id", "mail_notice.arg1 (text)");

        ErasurePreview preview = erasure.preview(erik);
        assertThat(preview.displayName()).isEqualTo(ERIK);
        assertThat(preview.items()).contains(new ErasureItem("journal.entries", 2), new ErasureItem("journal.drafts", 1),
                new ErasureItem("journal.feedbackAnonymised", 1), new ErasureItem("journal.readsAnonymised", 1),
                new ErasureItem("goals.goals", 1), new ErasureItem("goals.commentsAnonymised", 1),
                new ErasureItem("review.notes", 2), new ErasureItem("review.library", 1),
                new ErasureItem("organisation.account", 1), new ErasureItem("security.providerLink", 1));

        assertThatThrownBy(() -> erasure.erase(erik, "Erik")).isInstanceOf(DomainException.class)
                .hasMessage("privacy.erase.nameMismatch");
        assertThat(directory.accountByEmail(ERIK_EMAIL)).as("nothing erased after a wrong name").isPresent();

        erasure.erase(erik, "  erik   VERGEETMIJ ");

        assertThat(references(erik.value())).as("rows still referring to the erased person").isEmpty();
        assertThat(count("SELECT COUNT(*) FROM account_identity WHERE subject = ?", "erik-subject-" + erik.value()))
                .as("his provider link is gone").isZero();
        assertThat(count("SELECT COUNT(*) FROM login_throttle WHERE subject IN (?, ?)",
                nl.kopgroep.base.Hashes.sha256Hex(ERIK_EMAIL), nl.kopgroep.base.Hashes.sha256Hex(ERIK_EMAIL + "\n192.0.2.8")))
                .as("his throttling counters go too").isZero();
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE actor_id = ? AND target IS NOT NULL AND action LIKE 'LOGIN%'",
                erik.value())).as("no client address of his is kept").isZero();
        assertThat(jdbc.queryForList("SELECT target FROM audit_event WHERE action = 'ACCOUNT_ERASED' AND actor_id = ?",
                String.class, me().id().value())).contains("user " + erik.value());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE actor_id = ?", Long.class, erik.value()))
                .as("the audit log keeps his id").isPositive();

        // What he wrote into Fleur's record stays there, without his name.
        as("fleur.blijft@voorbeeldstad.nl");
        assertThat(feedback.thread(fleursEntry)).extracting(FeedbackMessage::writerName, FeedbackMessage::body)
                .containsExactly(tuple("", "Feedback van Erik aan Fleur"));
        assertThat(journal.readsOf(fleursEntry)).singleElement().satisfies(r -> assertThat(r.readerName()).isEmpty());
        assertThat(goalConversation.comments(fleursGoal)).singleElement()
                .satisfies(c -> assertThat(c.writerName()).isEmpty());

        // Management's counts are computed on what remains: his past activity drops out.
        as(DemoUsers.ADMIN);
        assertThat(month(groupA, today)).isEqualTo(new CohortActivity.Month(5, 5, false));

        // clean up the other planted people the same way
        for (UserId person : concat(writers, fleur)) {
            accounts.deactivate(person);
            erasure.erase(person, erasure.preview(person).displayName());
        }
    }

    @Test
    void onlyAnAdministratorOfThePersonsMunicipalityOrTheInstallationErases() {
        as(DemoUsers.ADMIN);
        OrganisationId voorbeeldstad = me().organisationId();
        OrganisationId lindendal = directory.organisationByCode("lindendal").orElseThrow();
        UserId leaver = account(voorbeeldstad, "Vertrokken Persoon", "vertrokken.persoon@voorbeeldstad.nl", Role.PARTICIPANT);
        UserId otherAdmin = account(lindendal, "Beheerder Lindendal", "beheer.proef@lindendal.nl", Role.ADMIN);
        accounts.deactivate(leaver);

        UserId ownLeaver = account(lindendal, "Lindendal Vertrokken", "vertrokken.proef@lindendal.nl", Role.PARTICIPANT);
        accounts.deactivate(ownLeaver);

        as("beheer.proef@lindendal.nl");
        assertThatThrownBy(() -> erasure.preview(leaver)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> erasure.erase(leaver, "Vertrokken Persoon")).isInstanceOf(AccessDeniedException.class);
        erasure.erase(ownLeaver, "Lindendal Vertrokken");
        assertThat(directory.accountByEmail("vertrokken.proef@lindendal.nl")).as("an admin erases in their own municipality")
                .isEmpty();
        as(DemoUsers.MANAGER);
        assertThatThrownBy(() -> erasure.erase(leaver, "Vertrokken Persoon")).isInstanceOf(AccessDeniedException.class);
        as(DemoUsers.ADMIN);
        assertThat(directory.accountByEmail("vertrokken.persoon@voorbeeldstad.nl")).isPresent();

        erasure.erase(leaver, "Vertrokken Persoon");
        accounts.deactivate(otherAdmin);
        erasure.erase(otherAdmin, "Beheerder Lindendal");
        assertThat(directory.accountByEmail("vertrokken.persoon@voorbeeldstad.nl")).isEmpty();
    }

    /**
     * Every column of the schema that refers to the person: columns holding a person's id (foreign keys to
     * app_user, and columns named like one) except the audit log's actor id, and text columns holding
     * their name or e-mail address.
     */
    private List<String> references(long id) {
        Set<String> foreignKeys = Set.copyOf(jdbc.queryForList("""
                SELECT CONCAT(TABLE_NAME, '.', COLUMN_NAME) FROM information_schema.KEY_COLUMN_USAGE
                WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME = 'app_user'""", String.class));
        List<Map<String, Object>> columns = jdbc.queryForList("""
                SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE FROM information_schema.COLUMNS
                WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME NOT LIKE 'databasechangelog%'""");
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String table = ((String) column.get("TABLE_NAME")).toLowerCase();
            String name = ((String) column.get("COLUMN_NAME")).toLowerCase();
            String type = ((String) column.get("DATA_TYPE")).toLowerCase();
            String qualified = table + "." + name;
            boolean numeric = type.endsWith("int");
            boolean personId = foreignKeys.contains(qualified) || qualified.equals("app_user.id")
                    || numeric && PERSON_ID.matcher(name).matches();
            if (personId && !qualified.equals("audit_event.actor_id")
                    && count("SELECT COUNT(*) FROM `" + table + "` WHERE `" + name + "` = ?", id) > 0) {
                found.add(qualified);
            }
            if ((type.contains("char") || type.contains("text")) && count("SELECT COUNT(*) FROM `" + table + "` WHERE `"
                    + name + "` LIKE ? OR `" + name + "` LIKE ?", "%" + ERIK + "%", "%" + ERIK_EMAIL + "%") > 0) {
                found.add(qualified + " (text)");
            }
        }
        return found;
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    private CohortActivity.Month month(CohortId cohort, LocalDate today) {
        as(DemoUsers.MANAGER);
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        CohortActivity result = activity.cohortActivity(cohort, lastMonth, lastMonth).getFirst();
        as(DemoUsers.ADMIN);
        return result.months().get(lastMonth);
    }

    private UserId account(OrganisationId org, String name, String email, Role... roles) {
        var created = accounts.create(org, new AccountForm(name, email, Set.of(roles)));
        invitations.accept(nl.kopgroep.MailedLinks.invitation(mailJdbc, created.account().email()), PASSWORD, PASSWORD);
        return created.account().id();
    }

    private static List<UserId> concat(List<UserId> list, UserId one) {
        List<UserId> all = new ArrayList<>(list);
        all.add(one);
        return all;
    }

    private KopgroepUser me() {
        return (KopgroepUser) org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication().getPrincipal();
    }

    private void as(String email) {
        DemoUsers.signIn(users, email);
    }

    private static EntryForm entry(String title, String body, Visibility visibility) {
        return new EntryForm(null, title, body, visibility, null, null, MunicipalRole.NETWERKEND, null);
    }
}
