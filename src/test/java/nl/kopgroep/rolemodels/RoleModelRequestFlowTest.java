package nl.kopgroep.rolemodels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.journal.EntryOccasion;
import nl.kopgroep.journal.EntryOccasions;
import nl.kopgroep.privacy.ErasureSubject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * A request from question to journal prompt: routed to the administrators or the role model's own active account,
 * a notification each way, the meeting logged, the participant's journal occasion; and the personal data part.
 */
@KopgroepTest
@Transactional
class RoleModelRequestFlowTest {

    @Autowired RoleModelRequestService requests;
    @Autowired List<EntryOccasions> occasions;
    @Autowired RoleModelsPersonalData personalData;
    @Autowired nl.kopgroep.organisation.AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired nl.kopgroep.sessions.SessionService sessions;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void theAdminAcceptsLogsTheMeetingAndTheParticipantGetsAJournalPrompt() {
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        long request = requests.request(idOf("Samira El Amrani"), "Hoe geef ik ruimte aan een buurtinitiatief?");
        assertThat(notifications(DemoUsers.ADMIN, "ROLE_MODEL_REQUESTED", request)).isEqualTo(1);

        DemoUsers.signIn(users, DemoUsers.ADMIN);
        assertThat(requests.handlesRequests()).isTrue();
        RoleModelRequestView incoming = requests.incoming().getFirst();
        assertThat(incoming.id()).as("open ones first").isEqualTo(request);
        assertThat(incoming.routedTo()).isEqualTo(Routing.ADMIN);
        assertThatThrownBy(() -> requests.logMeeting(request, LocalDate.now())).isInstanceOf(DomainException.class)
                .hasMessage("roleModels.error.notAccepted");
        requests.accept(request, "Samira belt je deze week.");
        assertThat(notifications(DemoUsers.PARTICIPANT, "ROLE_MODEL_ANSWERED", request)).isEqualTo(1);
        assertThatThrownBy(() -> requests.decline(request, "Toch niet")).isInstanceOf(DomainException.class)
                .hasMessage("roleModels.error.alreadyAnswered");
        assertThatThrownBy(() -> requests.logMeeting(request, LocalDate.now().plusDays(3)))
                .isInstanceOf(DomainException.class).hasMessage("roleModels.error.meetingFuture");

        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        assertThat(occasion().occasion(request)).as("no prompt before the meeting is logged").isEmpty();

        DemoUsers.signIn(users, DemoUsers.ADMIN);
        requests.logMeeting(request, LocalDate.now().minusDays(1));
        assertThat(notifications(DemoUsers.PARTICIPANT, "ROLE_MODEL_ANSWERED", request)).isEqualTo(2);

        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        RoleModelRequestView mine = requests.myRequests().getFirst();
        assertThat(mine.status()).isEqualTo(RequestStatus.DONE);
        assertThat(mine.outcome()).isEqualTo(Outcome.LOGGED_MEETING);
        EntryOccasion prompt = occasion().occasion(request).orElseThrow();
        assertThat(prompt.title()).isEqualTo("Gesprek met Samira El Amrani");
        assertThat(prompt.prompt()).contains("Hoe geef ik ruimte aan een buurtinitiatief?");

        DemoUsers.signIn(users, "daan.jansen@voorbeeldstad.nl");
        assertThat(occasion().occasion(request)).as("someone else's conversation").isEmpty();
    }

    @Test
    void aRoleModelWithAnActiveAccountAnswersThemselvesAndADeactivatedAccountNeverReceivesARequest() {
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        long first = requests.request(idOf("Pieter de Graaf"), "Hoe houd je een wethouder aan boord?");
        assertThat(notifications(DemoUsers.MANAGER, "ROLE_MODEL_REQUESTED", first)).isEqualTo(1);
        assertThat(notifications(DemoUsers.ADMIN, "ROLE_MODEL_REQUESTED", first)).isZero();
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        assertThat(requests.handlesRequests()).isTrue();
        requests.accept(first, "Graag, volgende week.");
        assertThat(requests.incoming()).extracting(RoleModelRequestView::status).containsExactly(RequestStatus.ACCEPTED);

        DemoUsers.signIn(users, DemoUsers.ADMIN);
        accounts.deactivate(new UserId(id(DemoUsers.MANAGER)));
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        long second = requests.request(idOf("Pieter de Graaf"), "En hoe met de raad?");
        assertThat(notifications(DemoUsers.MANAGER, "ROLE_MODEL_REQUESTED", second)).isZero();
        assertThat(notifications(DemoUsers.ADMIN, "ROLE_MODEL_REQUESTED", second)).isEqualTo(1);
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        assertThat(requests.incoming()).filteredOn(r -> r.id() == second).extracting(RoleModelRequestView::routedTo)
                .containsExactly(Routing.ADMIN);
        DemoUsers.signIn(users, DemoUsers.COACH);
        assertThat(requests.handlesRequests()).isFalse();
        assertThat(requests.incoming()).isEmpty();
        assertThatThrownBy(() -> requests.accept(second, "Ja")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theAdminPlansTheAcceptedConversationAsASessionWithASeatForTheParticipantOnly() {
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        long request = requests.request(idOf("Samira El Amrani"), "Mag ik een keer meekijken bij een wijkgesprek?");
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        java.time.Instant start = java.time.Instant.now().plus(java.time.Duration.ofDays(10));
        java.time.Instant end = start.plus(java.time.Duration.ofHours(1));
        assertThatThrownBy(() -> requests.planAsSession(request, "Gesprek", start, end, "Stadhuis", null))
                .as("not before it is accepted").isInstanceOf(DomainException.class).hasMessage("roleModels.error.notAccepted");
        requests.accept(request, "Samira heeft tijd.");
        assertThat(requests.incoming().stream().filter(r -> r.id() == request).findFirst().orElseThrow().plannable()).isTrue();
        assertThatThrownBy(() -> requests.planAsSession(request, "Gesprek", null, end, "Stadhuis", null))
                .isInstanceOf(DomainException.class).hasMessage("roleModels.error.sessionTime");

        long session = requests.planAsSession(request, "Gesprek met Samira El Amrani", start, end, "Stadhuis", null);

        assertThat(notifications(DemoUsers.PARTICIPANT, "ROLE_MODEL_ANSWERED", request)).isEqualTo(2);
        assertThatThrownBy(() -> requests.planAsSession(request, "Nog een", start, end, null, null))
                .as("planned once").isInstanceOf(DomainException.class).hasMessage("roleModels.error.notAccepted");
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        RoleModelRequestView mine = requests.myRequests().getFirst();
        assertThat(mine.outcome()).isEqualTo(Outcome.SESSION);
        assertThat(mine.session()).isEqualTo(session);
        assertThat(mine.status()).isEqualTo(RequestStatus.DONE);
        assertThat(sessions.mine()).filteredOn(s -> s.id().value() == session)
                .extracting(s -> s.kind(), s -> s.myStatus())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(nl.kopgroep.sessions.SessionKind.ROLMODELGESPREK,
                        nl.kopgroep.sessions.SignupStatus.CONFIRMED));
        DemoUsers.signIn(users, "daan.jansen@voorbeeldstad.nl");
        assertThat(sessions.upcoming()).as("a colleague does not see the conversation")
                .extracting(s -> s.id().value()).doesNotContain(session);
    }

    @Test
    void anEmptyQuestionIsRefusedWithAMessage() {
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        assertThatThrownBy(() -> requests.request(idOf("Samira El Amrani"), "   ")).isInstanceOf(DomainException.class)
                .hasMessage("roleModels.error.required");
    }

    @Test
    void theExportHoldsMyRequestsAndErasureRemovesThem() {
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        Map<String, List<Map<String, Object>>> kinds = new HashMap<>();
        personalData.exportMine((kind, rows) -> {
            List<Map<String, Object>> list = new ArrayList<>();
            rows.forEach(list::add);
            kinds.put(kind, list);
        });
        assertThat(kinds.get("roleModels.requests")).extracting(r -> r.get("roleModel")).containsExactly("Marloes Verbeek");

        long sanne = id(DemoUsers.PARTICIPANT);
        ErasureSubject subject = new ErasureSubject(new UserId(sanne), new OrganisationId(
                jdbc.sql("SELECT organisation_id FROM app_user WHERE id = ?").param(sanne).query(Long.class).single()),
                "Sanne de Vries", DemoUsers.PARTICIPANT, false, null);
        assertThat(personalData.erasureCounts(subject).get("roleModels.requests")).isEqualTo(1);
        personalData.erase(subject);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM role_model_request WHERE participant_id = ?").param(sanne)
                .query(Long.class).single()).isZero();

        long pieter = id(DemoUsers.MANAGER);
        ErasureSubject roleModel = new ErasureSubject(new UserId(pieter), subject.organisation(), "Pieter de Graaf",
                DemoUsers.MANAGER, false, null);
        assertThat(personalData.erasureCounts(roleModel).get("roleModels.accountLinks")).isEqualTo(1);
        personalData.erase(roleModel);
        assertThat(jdbc.sql("SELECT routing FROM role_model WHERE name = 'Pieter de Graaf'").query(String.class).single())
                .as("the entry stays, its requests go to the administrators").isEqualTo("ADMIN");
    }

    private EntryOccasions occasion() {
        return occasions.stream().filter(o -> o.kind().equals("rolmodelgesprek")).findFirst().orElseThrow();
    }

    private long notifications(String email, String kind, long request) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE recipient_id = ? AND kind = ? AND target_id = ?")
                .params(id(email), kind, request).query(Long.class).single();
    }

    private long id(String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(email).query(Long.class).single();
    }

    private long idOf(String name) {
        return jdbc.sql("SELECT id FROM role_model WHERE name = ?").param(name).query(Long.class).single();
    }
}
