package nl.kopgroep.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * PRODUCT.md §4, role by role: who reads an entry of Sanne (participant in Voorbeeldstad, coached by
 * Marieke) at each visibility. Every rule here would fail if it were broken.
 */
@KopgroepTest
@Transactional
class JournalPrivacyTest {

    private static final String AUTHOR = DemoUsers.PARTICIPANT;
    private static final String ASSIGNED_COACH = DemoUsers.COACH;
    private static final String OTHER_COACH_OF_COHORT = "a.elamrani@voorbeeldstad.nl";
    private static final String FELLOW_PARTICIPANT = "daan.jansen@voorbeeldstad.nl";

    @Autowired nl.kopgroep.journal.EntryReadingService reading;
    @Autowired JournalService journal;
    @Autowired UserDetailsService users;
    @Autowired nl.kopgroep.organisation.AccountService accounts;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private ReflectionId privateEntry;
    private ReflectionId coachEntry;
    private ReflectionId groupEntry;

    @BeforeEach
    void sanneWritesThreeEntries() {
        as(AUTHOR);
        privateEntry = journal.save(entry("Alleen voor mij", "Ik twijfel of ik dit wel kan.", Visibility.PRIVATE));
        coachEntry = journal.save(entry("Voor mijn coach", "Het gesprek met de wethouder liep vast.", Visibility.COACH));
        groupEntry = journal.save(entry("Voor de kopgroep", "Wat ik leerde van de wijktafel.", Visibility.GROUP));
        DemoUsers.signOut();
    }

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void authorReadsEverythingOwn() {
        as(AUTHOR);
        assertThat(reading.read(privateEntry).bodyHtml()).contains("Ik twijfel");
        assertThat(journal.myEntries("", null, null)).extracting(EntrySummary::id)
                .contains(privateEntry, coachEntry, groupEntry);
        assertThat(journal.readsOf(privateEntry)).as("own reads are not logged").isEmpty();
    }

    @Test
    void assignedCoachReadsWhatIsSharedWithCoachOrGroupAndTheReadIsLogged() {
        as(ASSIGNED_COACH);
        assertThat(reading.read(coachEntry).bodyHtml()).contains("wethouder");
        assertThat(reading.read(groupEntry).authorName()).isEqualTo("Sanne de Vries");
        assertHidden(privateEntry);
        assertThat(reading.sharedWithMe()).extracting(EntrySummary::id).contains(coachEntry, groupEntry)
                .doesNotContain(privateEntry);

        as(AUTHOR);
        assertThat(journal.readsOf(coachEntry)).singleElement()
                .satisfies(read -> assertThat(read.readerName()).isEqualTo("Marieke Jansen"));
    }

    @Test
    void aCoachAsksOneCoacheesSharedEntriesAndGetsOnlyThoseAndOnlyForTheirOwnCoachee() {
        nl.kopgroep.base.UserId sanne = new nl.kopgroep.base.UserId(jdbc.sql("SELECT id FROM app_user WHERE email = ?")
                .param(AUTHOR).query(Long.class).single());
        as(ASSIGNED_COACH);
        assertThat(reading.coacheeEntries(sanne)).extracting(EntrySummary::id).contains(coachEntry, groupEntry)
                .doesNotContain(privateEntry);
        assertThat(reading.coacheeEntries(sanne)).extracting(EntrySummary::authorId).containsOnly(sanne);

        as(OTHER_COACH_OF_COHORT);
        assertThat(reading.coacheeEntries(sanne)).as("not her coachee").isEmpty();
    }

    @Test
    void anotherCoachOfTheCohortReadsOnlyTheGroupEntry() {
        as(OTHER_COACH_OF_COHORT);
        assertThat(reading.read(groupEntry).title()).isEqualTo("Voor de kopgroep");
        assertThat(reading.read(groupEntry).authorName()).isEqualTo("Sanne de Vries");
        assertHidden(coachEntry);
        assertHidden(privateEntry);
    }

    @Test
    void fellowParticipantReadsOnlyTheGroupEntry() {
        as(FELLOW_PARTICIPANT);
        assertThat(reading.read(groupEntry).bodyHtml()).contains("wijktafel");
        assertThat(reading.read(groupEntry).authorName()).isEqualTo("Sanne de Vries");
        assertHidden(coachEntry);
        assertHidden(privateEntry);
        assertThat(reading.sharedWithMe()).extracting(EntrySummary::id).contains(groupEntry).doesNotContain(coachEntry);
        assertThatThrownBy(() -> journal.edit(groupEntry)).isInstanceOf(NotFoundException.class);
    }

    /** AVG (issue 11): someone who left the programme no longer speaks to the group; the coach keeps the entries. */
    @Test
    void aDeactivatedParticipantsGroupEntriesStopShowingToTheCohort() {
        as(DemoUsers.ADMIN);
        accounts.deactivate(new nl.kopgroep.base.UserId(jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(AUTHOR)
                .query(Long.class).single()));

        for (String member : new String[] {FELLOW_PARTICIPANT, OTHER_COACH_OF_COHORT}) {
            as(member);
            assertThat(reading.sharedWithMe()).as(member).extracting(EntrySummary::id).doesNotContain(groupEntry);
            assertHidden(groupEntry);
        }
        as(ASSIGNED_COACH);
        assertThat(reading.read(groupEntry).title()).as("the assigned coach still has it").isEqualTo("Voor de kopgroep");
    }

    @Test
    void managersAndAdminsNeverReadAnEntryWhateverItsVisibility() {
        for (String email : new String[] {DemoUsers.MANAGER, DemoUsers.ADMIN}) {
            as(email);
            assertHidden(privateEntry);
            assertHidden(coachEntry);
            assertHidden(groupEntry);
            assertThat(reading.sharedWithMe()).as(email).isEmpty();
            assertThatThrownBy(() -> journal.myEntries("", null, null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> journal.edit(groupEntry)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> journal.draft(null)).isInstanceOf(AccessDeniedException.class);
        }
        as(AUTHOR);
        assertThat(journal.readsOf(groupEntry)).as("refused attempts are not reads").isEmpty();
    }

    @Test
    void nothingCrossesMunicipalities() {
        for (String email : new String[] {DemoUsers.LINDENDAL_PARTICIPANT, DemoUsers.LINDENDAL_COACH}) {
            as(email);
            assertHidden(groupEntry);
            assertHidden(coachEntry);
            assertThat(reading.sharedWithMe()).extracting(EntrySummary::id).doesNotContain(groupEntry, coachEntry);
        }
    }

    @Test
    void aGuessedIdLooksExactlyLikeAForbiddenOne() {
        as(FELLOW_PARTICIPANT);
        assertHidden(new ReflectionId(privateEntry.value() + 100_000));
        assertThatThrownBy(() -> reading.read(privateEntry)).isInstanceOf(NotFoundException.class)
                .hasMessage("error.notFound");
    }

    @Test
    void anonymousVisitorsGetNothing() {
        assertThatThrownBy(() -> reading.read(groupEntry))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void aCoachWhoseCoachRoleIsRemovedLosesAccessAtOnceEvenInAnOpenSession() {
        as(ASSIGNED_COACH);
        var coachSession = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        assertThat(reading.read(coachEntry).title()).isEqualTo("Voor mijn coach");

        as(DemoUsers.ADMIN);
        var coach = accounts.accounts(((nl.kopgroep.security.KopgroepUser) coachSession.getPrincipal()).organisationId())
                .stream().filter(a -> a.email().equals(ASSIGNED_COACH)).findFirst().orElseThrow();
        accounts.update(coach.id(), new nl.kopgroep.organisation.AccountForm(coach.displayName(), coach.email(),
                java.util.Set.of(nl.kopgroep.security.Role.PARTICIPANT)));

        // The coach's session still holds the COACH role from sign-in; the database no longer does.
        DemoUsers.signOut();
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(coachSession);
        assertHidden(coachEntry);
        assertHidden(groupEntry);
    }

    private void assertHidden(ReflectionId id) {
        assertThatThrownBy(() -> reading.read(id)).isInstanceOf(NotFoundException.class);
    }

    private void as(String email) {
        DemoUsers.signIn(users, email);
    }

    static EntryForm entry(String title, String body, Visibility visibility) {
        return new EntryForm(null, title, body, visibility, null, null, MunicipalRole.NETWERKEND, null);
    }
}
