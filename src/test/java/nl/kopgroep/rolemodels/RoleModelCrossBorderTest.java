package nl.kopgroep.rolemodels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * What crosses the border in the role models' directory (docs/cross-border.md): a role model shared with the joint
 * programme is seen and asked by the partner municipality's participants, and its administrators read the request
 * with the asker's name and municipality; anything not shared, or without consent, is not found.
 */
@KopgroepTest
@Transactional
class RoleModelCrossBorderTest {

    @Autowired RoleModelService directory;
    @Autowired RoleModelAdminService admin;
    @Autowired RoleModelRequestService requests;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void aParticipantSeesTheirOwnMunicipalitysRoleModelsAndThoseThePartnerShared() {
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        assertThat(directory.directory(Optional.empty(), Optional.empty())).extracting(RoleModelCard::name)
                .containsExactlyInAnyOrder("Marloes Verbeek", "Pieter de Graaf", "Samira El Amrani", "Gert-Jan Mulder",
                        "Annelies Hofman");
        RoleModelCard gertJan = card("Gert-Jan Mulder");
        assertThat(gertJan.own()).isFalse();
        assertThat(gertJan.municipality()).isEqualTo("Gemeente Lindendal");

        DemoUsers.signIn(users, DemoUsers.LINDENDAL_PARTICIPANT);
        assertThat(directory.directory(Optional.empty(), Optional.empty())).as("Voorbeeldstad shared none")
                .extracting(RoleModelCard::name).containsExactlyInAnyOrder("Gert-Jan Mulder", "Annelies Hofman");
        long marloes = idOf("Marloes Verbeek");
        assertThatThrownBy(() -> directory.roleModel(marloes)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> requests.request(marloes, "Mag ik iets vragen?")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void sharingWithTheJointProgrammeOpensTheRoleModelToThePartnerAndUnsharingClosesIt() {
        long marloes = idOf("Marloes Verbeek");
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        RoleModelForm form = admin.form(marloes);
        admin.change(marloes, new RoleModelForm(form.name(), form.roleTitle(), form.employer(), form.inside(),
                form.askAbout(), form.contactPreference(), form.competencies(), form.roles(), form.accountEmail(),
                form.routing(), true));
        DemoUsers.signIn(users, DemoUsers.LINDENDAL_PARTICIPANT);
        assertThat(directory.roleModel(marloes).municipality()).isEqualTo("Gemeente Voorbeeldstad");
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        admin.change(marloes, form);
        DemoUsers.signIn(users, DemoUsers.LINDENDAL_PARTICIPANT);
        assertThatThrownBy(() -> directory.roleModel(marloes)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void withoutConsentOrWhenInactiveARoleModelIsNotFound() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        long id = admin.add(new RoleModelForm("Kees Brink", "Wijkagent", "Politie", false, "Veiligheid in de wijk", null,
                Set.of("verbinden"), Set.of(MunicipalRole.NETWERKEND), null, Routing.ADMIN, true));
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        assertThatThrownBy(() -> directory.roleModel(id)).isInstanceOf(NotFoundException.class);
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        admin.recordConsent(id, java.time.LocalDate.now(), "Per e-mail");
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        assertThat(directory.roleModel(id).name()).isEqualTo("Kees Brink");
        assertThat(directory.directory(Optional.of("verbinden"), Optional.of(MunicipalRole.NETWERKEND)))
                .extracting(RoleModelCard::name).contains("Kees Brink").doesNotContain("Pieter de Graaf");
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        admin.setActive(id, false);
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        assertThatThrownBy(() -> directory.roleModel(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theSharingMunicipalitysAdminReadsThePartnersRequestAndNoOtherAdminCanAnswerIt() {
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        long request = requests.request(idOf("Gert-Jan Mulder"), "Hoe neem je regie in de regio?");

        DemoUsers.signIn(users, "beheer@lindendal.nl");
        RoleModelRequestView seen = requests.incoming().stream().filter(r -> r.id() == request).findFirst().orElseThrow();
        assertThat(seen.participantName()).isEqualTo("Sanne de Vries");
        assertThat(seen.participantMunicipality()).isEqualTo("Gemeente Voorbeeldstad");
        requests.accept(request, "Gert-Jan belt je.");
        RoleModelRequestView accepted = requests.incoming().stream().filter(r -> r.id() == request).findFirst().orElseThrow();
        assertThat(accepted.plannable()).as("no seat for a partner's participant in Lindendal's session").isFalse();
        java.time.Instant start = java.time.Instant.now().plus(java.time.Duration.ofDays(10));
        assertThatThrownBy(() -> requests.planAsSession(request, "Gesprek", start, start.plusSeconds(3600), null, null))
                .isInstanceOf(nl.kopgroep.base.DomainException.class).hasMessage("roleModels.error.sessionOtherMunicipality");

        DemoUsers.signIn(users, DemoUsers.ADMIN);
        assertThat(requests.incoming()).extracting(RoleModelRequestView::id).doesNotContain(request);
        assertThatThrownBy(() -> requests.accept(request, "Ja")).isInstanceOf(NotFoundException.class);
        DemoUsers.signIn(users, DemoUsers.LINDENDAL_PARTICIPANT);
        assertThatThrownBy(() -> requests.accept(request, "Ja")).isInstanceOf(NotFoundException.class);
        assertThat(requests.myRequests()).extracting(RoleModelRequestView::id).doesNotContain(request);
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        assertThatThrownBy(() -> admin.form(idOf("Gert-Jan Mulder"))).isInstanceOf(NotFoundException.class);
    }

    private RoleModelCard card(String name) {
        return directory.directory(Optional.empty(), Optional.empty()).stream().filter(c -> c.name().equals(name))
                .findFirst().orElseThrow();
    }

    private long idOf(String name) {
        return jdbc.sql("SELECT id FROM role_model WHERE name = ?").param(name).query(Long.class).single();
    }
}
