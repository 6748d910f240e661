package nl.kopgroep.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.MunicipalRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** Writing without losing a word: drafts on the server, and no silent overwrite from a second tab. */
@KopgroepTest
@Transactional
class JournalWritingTest {

    @Autowired nl.kopgroep.journal.EntryReadingService reading;
    @Autowired JournalService journal;
    @Autowired UserDetailsService users;

    @BeforeEach
    void signIn() {
        DemoUsers.signIn(users, "lucas.brouwer@lindendal.nl");
    }

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void halfWrittenTextIsKeptAsADraftUntilSaved() {
        EntryForm typing = new EntryForm(null, "", "Vandaag merkte ik dat ik", Visibility.PRIVATE,
                "start-waarom-kopgroep", "Waar verbind jij al?", null, null);
        journal.saveDraft(typing);

        SavedDraft recovered = journal.draft(null).orElseThrow();
        assertThat(recovered.form().body()).isEqualTo("Vandaag merkte ik dat ik");
        assertThat(recovered.form().prompt()).isEqualTo("Waar verbind jij al?");

        ReflectionId saved = journal.save(new EntryForm(null, "", "Vandaag merkte ik dat ik te snel oplossingen gaf.",
                Visibility.PRIVATE, "start-waarom-kopgroep", "Waar verbind jij al?", MunicipalRole.PARTICIPEREND, null));
        assertThat(journal.draft(null)).as("a saved entry leaves no draft").isEmpty();
        assertThat(reading.read(saved).title()).as("title from the first words").isEqualTo(
                "Vandaag merkte ik dat ik te snel oplossingen gaf.");
        assertThat(reading.read(saved).prompt()).isEqualTo("Waar verbind jij al?");
    }

    @Test
    void secondTabCannotSilentlyOverwriteAndItsTextIsKept() {
        ReflectionId id = journal.save(JournalPrivacyTest.entry("Gesprek", "Eerste versie.", Visibility.PRIVATE));
        EntryForm tabOne = journal.edit(id);
        EntryForm tabTwo = journal.edit(id);

        journal.save(new EntryForm(id, tabOne.title(), "Versie uit tab een.", tabOne.visibility(), null, null, null,
                tabOne.baseVersion()));
        EntryForm late = new EntryForm(id, tabTwo.title(), "Versie uit tab twee.", tabTwo.visibility(), null, null, null,
                tabTwo.baseVersion());

        assertThatThrownBy(() -> journal.save(late)).isInstanceOf(DomainException.class).hasMessage("journal.conflict");
        assertThat(reading.read(id).bodyHtml()).contains("Versie uit tab een.");
        assertThat(journal.draft(id).orElseThrow().form().body()).as("the refused text is kept").isEqualTo("Versie uit tab twee.");
    }

    @Autowired nl.kopgroep.goals.GoalService goals;

    @Test
    void anEntryCanBelongToOneOfMyGoals() {
        long goal = goals.create(new nl.kopgroep.goals.GoalForm(nl.kopgroep.goals.GoalKind.LEARNING, "Beter luisteren",
                null, java.util.Set.of(), java.util.Set.of("zelfreflectie")));
        ReflectionId id = journal.save(JournalPrivacyTest.entry("Luisteren", "Vandaag liet ik de ander uitpraten.",
                Visibility.PRIVATE).withGoal(goal));
        assertThat(reading.read(id).goalTitle()).isEqualTo("Beter luisteren");
        assertThat(journal.edit(id).goalId()).isEqualTo(goal);

        DemoUsers.signIn(users, DemoUsers.LINDENDAL_PARTICIPANT);
        assertThatThrownBy(() -> journal.save(JournalPrivacyTest.entry("Stiekem", "Aan andermans doel.",
                Visibility.PRIVATE).withGoal(goal))).isInstanceOf(DomainException.class).hasMessage("journal.unknownGoal");
    }

    @Test
    void emptyTextIsRefusedWithAMessage() {
        assertThatThrownBy(() -> journal.save(JournalPrivacyTest.entry("Leeg", "   ", Visibility.PRIVATE)))
                .isInstanceOf(DomainException.class).hasMessage("journal.bodyRequired");
    }

    @Test
    void searchAndFiltersNarrowTheList() {
        journal.save(new EntryForm(null, "Over de raad", "De raadscommissie vroeg door.", Visibility.COACH, null, null,
                MunicipalRole.RECHTMATIG, null));
        journal.save(new EntryForm(null, "Over de wijk", "Bewoners kwamen met een plan.", Visibility.GROUP, null, null,
                MunicipalRole.PARTICIPEREND, null));
        assertThat(journal.myEntries("raadscommissie", null, null)).extracting(EntrySummary::title).containsExactly("Over de raad");
        assertThat(journal.myEntries("", Visibility.GROUP, null)).extracting(EntrySummary::title).contains("Over de wijk")
                .doesNotContain("Over de raad");
        assertThat(journal.myEntries("", null, MunicipalRole.RECHTMATIG)).extracting(EntrySummary::title)
                .containsExactly("Over de raad");
    }

    @Test
    void scriptInAnEntryNeverReachesItsReader() {
        ReflectionId id = journal.save(JournalPrivacyTest.entry("Test", "Hallo <script>alert(1)</script> "
                + "[klik](javascript:alert(2)) <img src=x onerror=alert(3)>", Visibility.GROUP));
        String html = reading.read(id).bodyHtml();
        assertThat(html).doesNotContain("<script", "href=\"javascript", "<img");
    }
}
