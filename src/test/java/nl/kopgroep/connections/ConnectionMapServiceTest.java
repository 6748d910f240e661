package nl.kopgroep.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** The participant's own map: building it, the rules on what is typed, snapshots and what changed since. */
@KopgroepTest
@Transactional
class ConnectionMapServiceTest {

    @Autowired ConnectionMapService maps;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void aParticipantAddsChangesAndRemovesActorsAndTies() {
        DemoUsers.signIn(users, DemoUsers.LINDENDAL_PARTICIPANT);
        assertThat(maps.myMap().isEmpty()).isTrue();

        long alderman = maps.addActor(ActorForm.of("  Wethouder Wonen ", ActorKind.POLITICAL, null));
        ActorForm partner = ActorForm.of("Woningcorporatie", ActorKind.EXTERNAL_PARTNER, null);
        partner.setOrganisationName("Woonstichting");
        long corporation = maps.addActor(partner);
        TieForm tie = TieForm.of(null, alderman, TieType.REGIE, TieStrength.STRONG);
        tie.setRoles(Set.of(MunicipalRole.RECHTMATIG));
        tie.setSince(LocalDate.of(2025, 3, 1));
        long mine = maps.addTie(tie);
        long between = maps.addTie(TieForm.of(alderman, corporation, TieType.VERBINDEN, TieStrength.WEAK));

        MapPage page = maps.myMap();
        assertThat(page.actors()).extracting(MapActor::name).containsExactly("Wethouder Wonen", "Woningcorporatie");
        assertThat(page.ties()).extracting(MapTie::id).containsExactly(mine, between);
        assertThat(page.ties().get(0).roles()).containsExactly(MunicipalRole.RECHTMATIG);
        assertThat(page.ties().get(0).since()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(page.analysis().regie()).isEqualTo(1);
        assertThat(page.analysis().verbinden()).isEqualTo(1);

        ActorForm changed = ActorForm.of("Wethouder Wonen en Ruimte", ActorKind.POLITICAL, null);
        changed.setNote("Kort en zakelijk");
        maps.updateActor(alderman, changed);
        maps.updateTie(mine, TieForm.of(null, alderman, TieType.VERBINDEN, TieStrength.WEAK));
        page = maps.myMap();
        assertThat(page.actor(alderman).name()).isEqualTo("Wethouder Wonen en Ruimte");
        assertThat(page.actor(alderman).note()).isEqualTo("Kort en zakelijk");
        assertThat(page.ties().get(0).type()).isEqualTo(TieType.VERBINDEN);
        assertThat(page.ties().get(0).roles()).isEmpty();

        maps.deleteActor(alderman);
        page = maps.myMap();
        assertThat(page.actors()).extracting(MapActor::name).containsExactly("Woningcorporatie");
        assertThat(page.ties()).as("the actor's ties go with it").isEmpty();
        assertThatThrownBy(() -> maps.deleteTie(mine)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void whatIsTypedIsCheckedWithAMessageForEachRule() {
        DemoUsers.signIn(users, DemoUsers.LINDENDAL_PARTICIPANT);
        refused(() -> maps.addActor(ActorForm.of("   ", ActorKind.EXPERT, null)), "connections.actorNameRequired");
        refused(() -> maps.addActor(ActorForm.of("x".repeat(121), ActorKind.EXPERT, null)), "connections.tooLong");
        refused(() -> maps.addActor(new ActorForm()), "connections.actorNameRequired");
        ActorForm noKind = new ActorForm();
        noKind.setName("Iemand");
        refused(() -> maps.addActor(noKind), "connections.kindRequired");
        ActorForm longNote = ActorForm.of("Iemand", ActorKind.EXPERT, null);
        longNote.setNote("n".repeat(501));
        refused(() -> maps.addActor(longNote), "connections.tooLong");

        long a = maps.addActor(ActorForm.of("A.B.", ActorKind.INTERNAL, "Jeugd"));
        long b = maps.addActor(ActorForm.of("C.D.", ActorKind.INTERNAL, "Wonen"));
        refused(() -> maps.addTie(TieForm.of(a, a, TieType.REGIE, TieStrength.WEAK)), "connections.tieSelf");
        refused(() -> maps.addTie(new TieForm()), "connections.tieToRequired");
        TieForm noType = new TieForm();
        noType.setToActor(a);
        refused(() -> maps.addTie(noType), "connections.tieTypeRequired");
        TieForm future = TieForm.of(null, a, TieType.REGIE, TieStrength.WEAK);
        future.setSince(LocalDate.now().plusYears(1));
        refused(() -> maps.addTie(future), "connections.sinceInFuture");
        maps.addTie(TieForm.of(a, b, TieType.REGIE, TieStrength.WEAK));
        refused(() -> maps.addTie(TieForm.of(b, a, TieType.VERBINDEN, TieStrength.WEAK)), "connections.tieExists");
        assertThatThrownBy(() -> maps.addTie(TieForm.of(null, 999_999_999L, TieType.REGIE, TieStrength.WEAK)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aHalfYearlySnapshotIsKeptOnceAndTheComparisonShowsWhatChanged() {
        DemoUsers.signIn(users, DemoUsers.LINDENDAL_PARTICIPANT);
        long kept = maps.addActor(ActorForm.of("Gebiedsregisseur", ActorKind.INTERNAL, "Wijkzaken"));
        long leaving = maps.addActor(ActorForm.of("Oud-collega", ActorKind.INTERNAL, "Planning"));
        maps.addTie(TieForm.of(null, kept, TieType.REGIE, TieStrength.WEAK));
        maps.addTie(TieForm.of(null, leaving, TieType.REGIE, TieStrength.WEAK));
        maps.myMap();
        assertThat(maps.snapshots()).as("a map begun this half year waits for the next one").isEmpty();
        maps.takeSnapshot();
        assertThat(maps.snapshots()).singleElement().satisfies(s -> assertThat(s.automatic()).isFalse());
        long snapshot = maps.snapshots().get(0).id();

        long added = maps.addActor(ActorForm.of("Energiecoöperatie", ActorKind.CITIZEN_INITIATIVE, null));
        maps.addTie(TieForm.of(kept, added, TieType.VERBINDEN, TieStrength.WEAK));
        maps.deleteActor(leaving);
        maps.takeSnapshot();
        assertThat(maps.snapshots()).hasSize(2);

        SnapshotComparison since = maps.compare(snapshot);
        assertThat(since.addedActors()).containsExactly("Energiecoöperatie");
        assertThat(since.removedActors()).as("a deleted actor's name leaves the snapshots too").containsExactly("");
        assertThat(since.addedTies()).containsExactly("Gebiedsregisseur – Energiecoöperatie");
        assertThat(since.removedTies()).containsExactly(" – ");
        assertThat(since.then().actors()).isEqualTo(2);
        assertThat(since.now().actors()).isEqualTo(2);
        assertThat(since.then().regie()).isEqualTo(2);
        assertThat(since.now().verbinden()).isEqualTo(1);
    }

    @Test
    void aMapFromBeforeThisHalfYearIsKeptAutomaticallyOnceWhenOpened() {
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        maps.myMap();
        maps.myMap();
        String now = ConnectionMapService.halfYear(LocalDate.now());
        assertThat(maps.snapshots()).filteredOn(s -> s.halfYear().equals(now)).singleElement()
                .satisfies(s -> assertThat(s.automatic()).isTrue());
        assertThat(maps.snapshots()).as("and the demo's older one").anyMatch(s -> !s.halfYear().equals(now));
    }

    @Test
    void readingAMapWithItsAnalysisTakesTheSameStatementsWhateverItsSize() {
        DemoUsers.signIn(users, DemoUsers.LINDENDAL_PARTICIPANT);
        long first = maps.addActor(ActorForm.of("Eerste", ActorKind.INTERNAL, "Wonen"));
        maps.addTie(TieForm.of(null, first, TieType.REGIE, TieStrength.WEAK));
        maps.myMap();
        long small = nl.kopgroep.StatementCounter.count(() -> maps.myMap()).statements();
        for (int i = 0; i < 20; i++) {
            long actor = maps.addActor(ActorForm.of("Actor " + i, ActorKind.values()[i % ActorKind.values().length], null));
            maps.addTie(TieForm.of(i % 2 == 0 ? null : first, actor, TieType.VERBINDEN, TieStrength.STRONG));
        }
        long large = nl.kopgroep.StatementCounter.count(() -> maps.myMap()).statements();
        assertThat(large).isEqualTo(small);
    }

    @Test
    void theSnapshotOfAnotherMapIsNotFound() {
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        maps.myMap();
        long sannes = maps.snapshots().get(0).id();
        DemoUsers.signIn(users, DemoUsers.LINDENDAL_PARTICIPANT);
        maps.addActor(ActorForm.of("Iemand", ActorKind.EXPERT, null));
        assertThatThrownBy(() -> maps.compare(sannes)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void sannesDemoMapIsAlive() {
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        MapPage page = maps.myMap();
        assertThat(page.actors()).hasSizeBetween(15, 40);
        assertThat(page.visibility()).isEqualTo(MapVisibility.COACH);
        assertThat(page.ties()).anyMatch(t -> !t.goals().isEmpty());
        assertThat(maps.snapshots()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(maps.comments()).isNotEmpty();
        assertThat(page.analysis().constraint()).isNotNull();
    }

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(DomainException.class).hasMessage(key);
    }
}
