package nl.kopgroep.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * PRODUCT.md §4 for the verbindingskaart, role by role like the journal: who sees Sanne's map (participant
 * in Voorbeeldstad, coached by Marieke) at each visibility. Every rule here would fail if it were broken.
 */
@KopgroepTest
@Transactional
class MapPrivacyTest {

    private static final String OWNER = DemoUsers.PARTICIPANT;
    private static final String ASSIGNED_COACH = DemoUsers.COACH;
    private static final String OTHER_COACH_OF_COHORT = "a.elamrani@voorbeeldstad.nl";
    private static final String FELLOW_PARTICIPANT = "daan.jansen@voorbeeldstad.nl";

    @Autowired ConnectionMapService mine;
    @Autowired CoacheeMapService coachees;
    @Autowired GroupMapService group;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    private UserId sanne;
    private long actor;

    @BeforeEach
    void sanneHasAMapWithAGoalOnIt() {
        sanne = new UserId(jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(OWNER).query(Long.class).single());
        as(OWNER);
        actor = mine.addActor(ActorForm.of("Wethouder Jeugd", ActorKind.POLITICAL, null));
        TieForm tie = TieForm.of(null, actor, TieType.VERBINDEN, TieStrength.STRONG);
        tie.setGoals(Set.of(mine.goalOptions().keySet().iterator().next()));
        mine.addTie(tie);
        DemoUsers.signOut();
    }

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void theParticipantSeesAllOfTheirOwnMap() {
        share(MapVisibility.PRIVATE);
        as(OWNER);
        MapPage page = mine.myMap();
        assertThat(page.actors()).extracting(MapActor::name).contains("Wethouder Jeugd");
        assertThat(page.goalTitles()).isNotEmpty();
        assertThat(page.ties()).anyMatch(t -> t.toActor() == actor && !t.goals().isEmpty());
    }

    @Test
    void theAssignedCoachReadsAMapSharedWithCoachOrGroupAndTheReadIsShown() {
        as(OWNER);
        long readsBefore = mine.reads().stream().filter(read -> read.readerName().equals("Marieke Jansen")).count();
        for (MapVisibility shared : new MapVisibility[] {MapVisibility.COACH, MapVisibility.GROUP}) {
            share(shared);
            as(ASSIGNED_COACH);
            MapPage page = coachees.mapOf(sanne);
            assertThat(page.ownerName()).isEqualTo("Sanne de Vries");
            assertThat(page.actors()).extracting(MapActor::name).contains("Wethouder Jeugd");
            assertThat(page.goalTitles()).as("the coach follows the coachee's goals").isNotEmpty();
            assertThat(coachees.sharedWithMe()).extracting(SharedMap::participant).contains(sanne);
            MapSnapshot older = coachees.snapshots(sanne).getLast();
            assertThat(coachees.compare(sanne, older.id()).addedActors()).as("the coach sees how the map changed")
                    .contains("Wethouder Jeugd");
        }
        as(OWNER);
        assertThat(mine.reads()).extracting(MapRead::readerName).contains("Marieke Jansen");
        assertThat(mine.reads().stream().filter(read -> read.readerName().equals("Marieke Jansen")).count())
                .as("each of the coach's two reads is logged").isEqualTo(readsBefore + 2);
    }

    @Test
    void aPrivateMapIsNobodyElses() {
        share(MapVisibility.PRIVATE);
        as(ASSIGNED_COACH);
        assertHiddenFromCoach();
        assertThat(coachees.sharedWithMe()).extracting(SharedMap::participant).doesNotContain(sanne);
        assertThatThrownBy(() -> coachees.addComment(sanne, "Mag ik meekijken?")).isInstanceOf(NotFoundException.class);
        for (String member : new String[] {FELLOW_PARTICIPANT, OTHER_COACH_OF_COHORT}) {
            as(member);
            assertHiddenFromGroup();
        }
    }

    @Test
    void anotherCoachOfTheCohortSeesOnlyAGroupMapAndNotAsCoach() {
        share(MapVisibility.COACH);
        as(OTHER_COACH_OF_COHORT);
        assertHiddenFromCoach();
        assertHiddenFromGroup();

        share(MapVisibility.GROUP);
        as(OTHER_COACH_OF_COHORT);
        assertHiddenFromCoach();
        assertThatThrownBy(() -> coachees.snapshots(sanne)).isInstanceOf(NotFoundException.class);
        assertThat(group.mapOf(sanne).actors()).extracting(MapActor::name).contains("Wethouder Jeugd");
    }

    @Test
    void aFellowParticipantSeesAGroupMapReadOnlyAndWithoutGoals() {
        share(MapVisibility.COACH);
        as(FELLOW_PARTICIPANT);
        assertHiddenFromGroup();
        assertThat(group.sharedWithGroup()).extracting(SharedMap::participant).doesNotContain(sanne);

        share(MapVisibility.GROUP);
        as(FELLOW_PARTICIPANT);
        MapPage page = group.mapOf(sanne);
        assertThat(page.actors()).extracting(MapActor::name).contains("Wethouder Jeugd");
        assertThat(page.goalTitles()).isEmpty();
        assertThat(page.ties()).allMatch(t -> t.goals().isEmpty() && t.commitments().isEmpty());
        assertThat(group.sharedWithGroup()).extracting(SharedMap::participant).contains(sanne);
        assertThatThrownBy(() -> coachees.mapOf(sanne)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mine.deleteActor(actor)).as("another map's actor is not found on my own map")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> mine.updateActor(actor, ActorForm.of("Gekaapt", ActorKind.EXPERT, null)))
                .isInstanceOf(NotFoundException.class);
        as(OWNER);
        assertThat(mine.myMap().actors()).extracting(MapActor::name).contains("Wethouder Jeugd").doesNotContain("Gekaapt");
    }

    @Test
    void managersAndAdminsNeverSeeAMap() {
        share(MapVisibility.GROUP);
        for (String email : new String[] {DemoUsers.MANAGER, DemoUsers.ADMIN}) {
            as(email);
            assertThatThrownBy(() -> mine.myMap()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> coachees.mapOf(sanne)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> group.mapOf(sanne)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> group.sharedWithGroup()).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void nothingCrossesMunicipalities() {
        share(MapVisibility.GROUP);
        as(DemoUsers.LINDENDAL_PARTICIPANT);
        assertHiddenFromGroup();
        as(DemoUsers.LINDENDAL_COACH);
        assertHiddenFromCoach();
        assertHiddenFromGroup();
    }

    @Test
    void anonymousVisitorsGetNothing() {
        assertThatThrownBy(() -> group.mapOf(sanne)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> mine.myMap()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void aGoalOrCommitmentThatIsNotTheParticipantsOwnIsRefused() {
        long daansGoal = jdbc.sql("SELECT g.id FROM goal g JOIN app_user u ON u.id = g.owner_id WHERE u.email = ? LIMIT 1")
                .param(FELLOW_PARTICIPANT).query(Long.class).single();
        as(OWNER);
        long other = mine.addActor(ActorForm.of("Controller", ActorKind.INTERNAL, "Financiën"));
        TieForm tie = TieForm.of(null, other, TieType.REGIE, TieStrength.WEAK);
        tie.setGoals(Set.of(daansGoal));
        assertThatThrownBy(() -> mine.addTie(tie)).isInstanceOf(DomainException.class)
                .hasMessage("connections.goalUnknown");
        tie.setGoals(Set.of());
        tie.setCommitments(Set.of("GEEN-AFSPRAAK"));
        assertThatThrownBy(() -> mine.addTie(tie)).isInstanceOf(DomainException.class)
                .hasMessage("connections.commitmentUnknown");
    }

    @Test
    void onlyTheParticipantAndTheirCoachTalkAboutTheMap() {
        share(MapVisibility.GROUP);
        as(ASSIGNED_COACH);
        coachees.addComment(sanne, "Wie verbindt de wethouder met de wijk?");
        as(OTHER_COACH_OF_COHORT);
        assertThatThrownBy(() -> coachees.comments(sanne)).isInstanceOf(NotFoundException.class);
        as(OWNER);
        mine.addComment("Dat ga ik uitzoeken.");
        assertThat(mine.comments()).extracting(MapComment::body).containsSubsequence("Wie verbindt de wethouder met de wijk?",
                "Dat ga ik uitzoeken.");
        as(ASSIGNED_COACH);
        assertThat(coachees.comments(sanne)).anyMatch(c -> c.byOwner() && c.body().equals("Dat ga ik uitzoeken."));
    }

    private void share(MapVisibility visibility) {
        as(OWNER);
        mine.setVisibility(visibility);
    }

    private void assertHiddenFromCoach() {
        assertThatThrownBy(() -> coachees.mapOf(sanne)).isInstanceOf(NotFoundException.class);
    }

    private void assertHiddenFromGroup() {
        assertThatThrownBy(() -> group.mapOf(sanne)).isInstanceOf(NotFoundException.class);
    }

    private void as(String email) {
        DemoUsers.signIn(users, email);
    }
}
