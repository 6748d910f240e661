package nl.kopgroep.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.Messages;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.goals.GoalForm;
import nl.kopgroep.goals.GoalKind;
import nl.kopgroep.goals.GoalService;
import nl.kopgroep.journal.EntryForm;
import nl.kopgroep.journal.EntryReadingService;
import nl.kopgroep.journal.FeedbackService;
import nl.kopgroep.journal.JournalService;
import nl.kopgroep.journal.ReflectionId;
import nl.kopgroep.journal.Visibility;
import nl.kopgroep.organisation.CohortService;
import nl.kopgroep.review.ReviewService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Inzage: Sanne downloads everything about her — planted in every feature, also what others wrote about
 * her — and nothing of anyone else: another participant's private entry and draft are not in the zip.
 */
@KopgroepTest
@Transactional
class MyDataExportTest {

    private static final String SANNE = DemoUsers.PARTICIPANT;
    private static final String DAAN = "daan.jansen@voorbeeldstad.nl";

    @Autowired MyDataService myData;
    @Autowired JournalService journal;
    @Autowired EntryReadingService reading;
    @Autowired FeedbackService feedback;
    @Autowired GoalService goals;
    @Autowired ReviewService review;
    @Autowired CohortService cohorts;
    @Autowired UserDetailsService users;
    @Autowired org.springframework.jdbc.core.JdbcTemplate providerLinks;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void thePersonGetsAllTheirDataAndNothingOfAnotherPerson() throws IOException {
        as(DAAN);
        journal.save(entry("Daans geheim Ypsilon", "Niemand mag dit lezen, Ypsilon.", Visibility.PRIVATE));
        journal.saveDraft(entry("Daans concept Zeta", "Half af, Zeta.", Visibility.PRIVATE));

        as(SANNE);
        journal.save(entry("Alleen voor mij <script>alert(1)</script>", "Mijn twijfel Alfa.", Visibility.PRIVATE));
        ReflectionId shared = journal.save(entry("Voor Marieke Bravo", "Het gesprek Bravo.", Visibility.COACH));
        journal.saveDraft(entry("Concept Charlie", "Nog niet af, Charlie.", Visibility.PRIVATE));
        String competency = goals.competencies().getFirst().code();
        goals.create(new GoalForm(GoalKind.LEARNING, "Leerdoel Delta", "Beter luisteren Delta", Set.of(), Set.of(competency),
                Set.of(nl.kopgroep.base.MunicipalRole.NETWERKEND)));
        var sanne = cohorts.myCohort().orElseThrow();

        as(DemoUsers.COACH);
        reading.read(shared);
        feedback.addFeedback(shared, "Feedback van Marieke Echo");
        var sanneId = review.coachees().stream().filter(p -> p.displayName().equals("Sanne de Vries")).findFirst().orElseThrow().id();
        review.addNote(sanneId, "Notitie over Sanne Foxtrot");
        assertThat(sanne.myCoaches()).isNotEmpty();

        as(SANNE);
        providerLinks.update("INSERT INTO account_identity (user_id, organisation_id, issuer, subject, linked_at, last_sign_in_at) "
                + "SELECT id, organisation_id, 'https://login.example.org/voorbeeldstad', 'sanne-bij-de-gemeente', UTC_TIMESTAMP(), "
                + "UTC_TIMESTAMP() FROM app_user WHERE email = ?", SANNE);
        Map<String, String> zip = unzip();

        assertThat(zip).containsKeys("overzicht.html", "json/journal.entries.json", "json/journal.drafts.json",
                "json/journal.feedbackReceived.json", "json/journal.readsOfMyEntries.json", "json/goals.goals.json",
                "json/review.notesAboutMe.json", "json/organisation.profile.json", "json/notification.received.json",
                "json/security.auditEvents.json", "json/programme.lessonProgress.json");
        JsonNode entries = JsonMapper.shared().readTree(zip.get("json/journal.entries.json"));
        assertThat(entries.findValuesAsString("title")).contains("Alleen voor mij <script>alert(1)</script>", "Voor Marieke Bravo");
        assertThat(zip.get("json/journal.drafts.json")).contains("Charlie");
        assertThat(zip.get("json/journal.feedbackReceived.json")).contains("Feedback van Marieke Echo", "Marieke Jansen");
        assertThat(zip.get("json/journal.readsOfMyEntries.json")).contains("Marieke Jansen");
        assertThat(zip.get("json/goals.goals.json")).contains("Leerdoel Delta", "NETWERKEND");
        assertThat(zip.get("json/review.notesAboutMe.json")).contains("Notitie over Sanne Foxtrot", "Marieke Jansen");
        assertThat(zip.get("json/organisation.profile.json")).contains(SANNE, "Sanne de Vries", "PARTICIPANT");
        assertThat(zip.get("json/notification.received.json")).contains("Marieke Jansen");
        assertThat(zip.get("json/security.providerLink.json"))
                .contains("https://login.example.org/voorbeeldstad", "sanne-bij-de-gemeente", "linkedAt", "lastSignInAt");

        String html = zip.get("overzicht.html");
        assertThat(html).contains("Mijn twijfel Alfa", "Feedback van Marieke Echo", "Notitie over Sanne Foxtrot",
                Messages.text("privacy.kind.journal.entries", Messages.DUTCH));
        assertThat(html).as("text from the database is escaped in the readable page")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");

        String everything = String.join("\n", zip.values());
        assertThat(everything).as("another participant's private entry and draft")
                .doesNotContain("Ypsilon", "Zeta", "Daans");
        assertThat(everything).as("the coach's notes about someone else").doesNotContain(DAAN);
    }

    @Test
    void aCoachGetsTheNotesTheyWroteAndTheFeedbackTheyGave() throws IOException {
        as(SANNE);
        ReflectionId shared = journal.save(entry("Gedeeld Golf", "Tekst Golf.", Visibility.COACH));
        as(DemoUsers.COACH);
        feedback.addFeedback(shared, "Mijn feedback Hotel");
        Map<String, String> zip = unzip();
        assertThat(zip.get("json/journal.feedbackGiven.json")).contains("Mijn feedback Hotel");
        assertThat(zip.get("json/journal.entries.json")).isEqualTo("[]");
        assertThat(String.join("\n", zip.values())).as("the entry itself is Sanne's").doesNotContain("Tekst Golf");
    }

    @Test
    void onlyASignedInPersonCanDownload() {
        assertThatThrownBy(() -> myData.writeMine(new ByteArrayOutputStream(), Messages.DUTCH))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    private Map<String, String> unzip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        myData.writeMine(out, Messages.DUTCH);
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private void as(String email) {
        DemoUsers.signIn(users, email);
    }

    private static EntryForm entry(String title, String body, Visibility visibility) {
        return new EntryForm(null, title, body, visibility, null, null, MunicipalRole.NETWERKEND, null);
    }
}
