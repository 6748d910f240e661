package nl.kopgroep.knowledge;

import static nl.kopgroep.knowledge.KnowledgeFixture.DAAN;
import static nl.kopgroep.knowledge.KnowledgeFixture.IRIS;
import static nl.kopgroep.knowledge.KnowledgeFixture.form;
import static nl.kopgroep.knowledge.KnowledgeFixture.tagged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The kennisbank for Sanne, Daan (her cohort in Voorbeeldstad), Marieke (their coach) and Iris (Lindendal). */
@KopgroepTest
class KnowledgeServiceTest {

    @Autowired PracticeService practices;
    @Autowired KnowledgeService knowledge;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void cleanUp() {
        DemoUsers.signOut();
        KnowledgeFixture.cleanUp(jdbc);
    }

    @Test
    void searchFindsAPracticeByItsDutchStemAndOrdersByRelevance() {
        as(DemoUsers.PARTICIPANT);
        long practice = practices.publish(form("Samenwerking met woningcorporatie Klaverhof",
                "Samenwerkingen met Klaverhof lukken pas als we samen de wijk in gaan.", Sharing.MUNICIPALITY));
        long other = practices.publish(form("Inloopavond Klaverhof", "Een inloopavond werkt beter dan een brief.",
                Sharing.MUNICIPALITY));

        as(DAAN);
        assertThat(ids(knowledge.search(SearchQuery.words("samenwerken klaverhof")))).as("stem samenwerk").containsExactly(practice);
        assertThat(ids(knowledge.search(SearchQuery.words("samenwerkingsverband klaverhof")))).as("every word required").isEmpty();
        assertThat(ids(knowledge.search(SearchQuery.words("Klaverhof")))).containsExactlyInAnyOrder(practice, other);
        assertThat(ids(knowledge.search(SearchQuery.words("samenwerk")))).as("a prefix").contains(practice);
        assertThat(knowledge.search(SearchQuery.words("de het een"))).as("only stop words").isEmpty();
        PracticeSummary hit = knowledge.search(SearchQuery.words("samenwerking klaverhof")).getFirst();
        assertThat(hit.authorName()).isEqualTo("Sanne de Vries");
        assertThat(hit.municipality()).isEqualTo("Gemeente Voorbeeldstad");
    }

    @Test
    void sharingDecidesWhoReadsAndTheAuthorCanWidenIt() {
        as(DemoUsers.PARTICIPANT);
        long cohort = practices.publish(form("Kringgesprek cohort Zilvermeeuw", "Zilvermeeuw les.", Sharing.COHORT));
        long municipality = practices.publish(form("Gemeentebreed Zilvermeeuw", "Zilvermeeuw les twee.", Sharing.MUNICIPALITY));

        as(DAAN);
        assertThat(knowledge.practice(cohort).title()).contains("Kringgesprek");
        assertThat(ids(knowledge.search(SearchQuery.words("zilvermeeuw")))).containsExactlyInAnyOrder(cohort, municipality);
        as(DemoUsers.COACH);
        assertThat(ids(knowledge.search(SearchQuery.words("zilvermeeuw")))).as("their coach reads like them")
                .containsExactlyInAnyOrder(cohort, municipality);
        as(IRIS);
        assertThat(knowledge.search(SearchQuery.words("zilvermeeuw"))).isEmpty();
        assertThatThrownBy(() -> knowledge.practice(municipality)).isInstanceOf(NotFoundException.class);

        as(DemoUsers.PARTICIPANT);
        practices.changeSharing(municipality, Sharing.ALL);
        as(IRIS);
        assertThat(ids(knowledge.search(SearchQuery.words("zilvermeeuw")))).containsExactly(municipality);
        assertThat(knowledge.practice(municipality).sharing()).isEqualTo(Sharing.ALL);
        assertThatThrownBy(() -> practices.changeSharing(municipality, Sharing.COHORT)).as("not hers")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void filtersByRoleCompetencyAndMunicipality() {
        as(DemoUsers.PARTICIPANT);
        long netwerk = practices.publish(tagged(form("Tafel Ooievaar", "Ooievaar netwerk.", Sharing.ALL),
                Set.of(MunicipalRole.NETWERKEND), List.of("samenwerken"), List.of("Woningcorporatie Klaverhof")));
        long regie = practices.publish(tagged(form("Regie Ooievaar", "Ooievaar regie.", Sharing.ALL),
                Set.of(MunicipalRole.RECHTMATIG), List.of("regie"), List.of()));
        as(IRIS);
        long lindendal = practices.publish(tagged(form("Lindendal Ooievaar", "Ooievaar elders.", Sharing.ALL),
                Set.of(MunicipalRole.NETWERKEND), List.of("regie"), List.of()));

        as(DAAN);
        assertThat(ids(knowledge.search(new SearchQuery("ooievaar", null, MunicipalRole.NETWERKEND, null, null))))
                .containsExactlyInAnyOrder(netwerk, lindendal);
        assertThat(ids(knowledge.search(new SearchQuery("ooievaar", null, null, "regie", null))))
                .containsExactlyInAnyOrder(regie, lindendal);
        var filters = knowledge.filters();
        var lindendalId = filters.municipalities().entrySet().stream()
                .filter(e -> e.getValue().equals("Gemeente Lindendal")).findFirst().orElseThrow().getKey();
        assertThat(ids(knowledge.search(new SearchQuery("ooievaar", null, null, null, lindendalId)))).containsExactly(lindendal);
        assertThat(ids(knowledge.search(new SearchQuery("", null, MunicipalRole.RECHTMATIG, "regie", null))))
                .as("filters without words").contains(regie).doesNotContain(netwerk, lindendal);
        assertThat(filters.competencies()).containsKeys("regie", "samenwerken");
        assertThat(knowledge.practice(netwerk).tags().partners()).containsExactly("Woningcorporatie Klaverhof");
    }

    @Test
    void aWithdrawnPracticeIsGoneForOthersAndStaysWithItsAuthor() {
        as(DemoUsers.PARTICIPANT);
        long practice = practices.publish(form("Teruggetrokken Kievit", "Kievit les.", Sharing.MUNICIPALITY));
        practices.withdraw(practice);
        as(DAAN);
        assertThat(knowledge.search(SearchQuery.words("kievit"))).isEmpty();
        assertThatThrownBy(() -> knowledge.practice(practice)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> knowledge.markUsed(practice)).isInstanceOf(NotFoundException.class);
        as(DemoUsers.PARTICIPANT);
        assertThat(knowledge.practice(practice).status()).isEqualTo(PracticeStatus.WITHDRAWN);
        assertThat(knowledge.search(SearchQuery.words("kievit"))).as("not even for me in search").isEmpty();
        assertThat(practices.myPractices()).extracting(PracticeSummary::id).contains(practice);
        practices.republish(practice);
        as(DAAN);
        assertThat(ids(knowledge.search(SearchQuery.words("kievit")))).containsExactly(practice);
    }

    @Test
    void similarPracticesShareTermsAndTagsAndAreVisible() {
        as(DemoUsers.PARTICIPANT);
        long first = practices.publish(tagged(form("Wijktafel Roerdomp jeugd", "Roerdomp wijktafel jeugdzorg huisarts.",
                Sharing.ALL), Set.of(MunicipalRole.NETWERKEND), List.of("verbinden"), List.of()));
        long like = practices.publish(tagged(form("Roerdomp wijktafel ouderen", "Roerdomp wijktafel ouderenzorg huisarts.",
                Sharing.MUNICIPALITY), Set.of(MunicipalRole.NETWERKEND), List.of("verbinden"), List.of()));
        as(IRIS);
        long hidden = practices.publish(form("Roerdomp wijktafel Lindendal", "Roerdomp wijktafel huisarts.", Sharing.MUNICIPALITY));

        as(DAAN);
        assertThat(ids(knowledge.similar(first))).contains(like).doesNotContain(first, hidden);
        as(IRIS);
        assertThat(ids(knowledge.similar(first))).as("Voorbeeldstad's MUNICIPALITY practice is not hers")
                .doesNotContain(like);
        assertThat(hidden).isPositive();
    }

    @Test
    void usedMarksAreOnePerPersonAndLiftAPractice() {
        as(DemoUsers.PARTICIPANT);
        long plain = practices.publish(form("Grutto aanpak een", "Grutto grutto.", Sharing.ALL));
        long used = practices.publish(form("Grutto aanpak twee", "Grutto grutto.", Sharing.ALL));
        assertThatThrownBy(() -> knowledge.markUsed(used)).as("not my own").isInstanceOf(DomainException.class);
        as(DAAN);
        assertThat(knowledge.markUsed(used)).isEqualTo(1);
        assertThat(knowledge.markUsed(used)).as("once per person").isEqualTo(1);
        as(IRIS);
        assertThat(knowledge.markUsed(used)).isEqualTo(2);
        assertThat(knowledge.practice(used).usedByMe()).isTrue();
        assertThat(ids(knowledge.search(SearchQuery.words("grutto")))).containsExactly(used, plain);
        assertThat(knowledge.unmarkUsed(used)).isEqualTo(1);
        knowledge.react(used, "Dit hebben wij in Lindendal ook geprobeerd.");
        assertThat(knowledge.practice(used).reactions()).extracting(Practice.Reaction::authorName).containsExactly("Iris Kok");
        assertThatThrownBy(() -> knowledge.react(used, " ")).isInstanceOf(DomainException.class);
    }

    @Test
    void theEditorKeepsADraftAndPublishingChecksTheForm() {
        as(DemoUsers.PARTICIPANT);
        PracticeForm half = new PracticeForm(KnowledgeFixture.MARK + "Half af", "Alleen de bedoeling", "", "", "",
                Sharing.ALL, List.of(), Set.of(MunicipalRole.PARTICIPEREND), List.of("regie"), List.of("GGD"));
        practices.saveDraft(null, half);
        PracticeDraft draft = practices.editorStart(null);
        assertThat(draft.form()).isEqualTo(half);
        assertThatThrownBy(() -> practices.publish(half)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("knowledge.error.fieldsRequired");
        assertThat(practices.draft(null)).as("a refused publish keeps the draft").isPresent();
        PracticeForm untitled = form("x", "x", Sharing.ALL);
        assertThatThrownBy(() -> practices.publish(new PracticeForm(" ", untitled.intention(), untitled.happened(),
                untitled.difference(), untitled.lessons(), Sharing.ALL, List.of(), Set.of(), List.of(), List.of())))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> practices.publish(tagged(form("Onbekend", "x", Sharing.ALL), Set.of(),
                List.of("bestaat-niet"), List.of()))).isInstanceOf(DomainException.class);
        long id = practices.publish(form("Heel af", "Wat we leren.", Sharing.ALL));
        assertThat(practices.draft(null)).isEmpty();
        practices.saveDraft(id, form("Heel af, beter", "Wat we leren.", Sharing.ALL));
        assertThat(practices.editorStart(id).form().title()).endsWith("beter");
        practices.update(id, form("Heel af, beter", "Wat we leren.", Sharing.ALL));
        assertThat(practices.draft(id)).isEmpty();
        as(DAAN);
        assertThatThrownBy(() -> practices.editorStart(id)).isInstanceOf(NotFoundException.class);
    }

    private void as(String email) {
        DemoUsers.signIn(users, email);
    }

    private static List<Long> ids(List<PracticeSummary> results) {
        return results.stream().map(PracticeSummary::id).toList();
    }
}
