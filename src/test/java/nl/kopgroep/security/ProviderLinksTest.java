package nl.kopgroep.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.organisation.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/**
 * Issue 13: the administrator of the account's municipality sees its link to the provider and removes it, after which
 * the next sign-in through the provider links the account again by e-mail address (the way out of "al gekoppeld");
 * an administrator of another municipality can do neither.
 */
@KopgroepTest
class ProviderLinksTest {

    private static final String ISSUER = "https://login.example.org/voorbeeldstad";

    @Autowired ProviderLinks links;
    @Autowired ProviderAccounts providerAccounts;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    private UserId sanne;
    private ProviderSettings provider;

    @BeforeEach
    void setUp() {
        sanne = new UserId(jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(DemoUsers.PARTICIPANT)
                .query(Long.class).single());
        OrganisationId voorbeeldstad = new OrganisationId(jdbc.sql("SELECT id FROM organisation WHERE code = 'voorbeeldstad'")
                .query(Long.class).single());
        provider = new ProviderSettings(voorbeeldstad, "voorbeeldstad", "Voorbeeldstad", ISSUER, "kopgroep", "plain:geheim",
                List.of("voorbeeldstad.nl"), "email", "sub", false, false, 1);
    }

    @AfterEach
    void tearDown() {
        DemoUsers.signOut();
        jdbc.sql("DELETE FROM account_identity WHERE user_id = ?").param(sanne.value()).update();
        jdbc.sql("DELETE FROM user_role WHERE role = 'ADMIN' AND user_id = (SELECT id FROM app_user WHERE email = ?)")
                .param(DemoUsers.LINDENDAL_COACH).update();
    }

    @Test
    void removingTheLinkLetsTheNextSignInLinkByAddressAgain() {
        assertThat(providerAccounts.link(provider, claims("persoon-1")).newlyLinked()).isTrue();
        assertThatThrownBy(() -> providerAccounts.link(provider, claims("persoon-2")))
                .as("the address passed to a new colleague").isInstanceOfSatisfying(OAuth2AuthenticationException.class,
                        e -> assertThat(e.getError().getErrorCode()).isEqualTo("kopgroep_linked_to_other"));

        DemoUsers.signIn(users, DemoUsers.ADMIN);
        int unlinked = audits();
        ProviderLinks.Link link = accounts.providerLink(sanne).orElseThrow();
        assertThat(link.issuer()).isEqualTo(ISSUER);
        assertThat(link.subject()).isEqualTo("persoon-1");
        assertThat(link.linkedAt()).isNotNull();
        assertThat(link.lastSignInAt()).isNotNull();

        assertThat(accounts.unlinkProvider(sanne)).isTrue();
        assertThat(accounts.providerLink(sanne)).isEmpty();
        assertThat(audits()).isEqualTo(unlinked + 1);
        assertThat(accounts.unlinkProvider(sanne)).as("nothing left to remove").isFalse();
        assertThat(audits()).isEqualTo(unlinked + 1);
        DemoUsers.signOut();

        assertThat(providerAccounts.link(provider, claims("persoon-2")).newlyLinked()).isTrue();
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        assertThat(accounts.providerLink(sanne).orElseThrow().subject()).isEqualTo("persoon-2");
    }

    @Test
    void anAdministratorOfAnotherMunicipalityCanNeitherSeeNorRemoveTheLink() {
        providerAccounts.link(provider, claims("persoon-1"));
        jdbc.sql("INSERT INTO user_role (user_id, role) SELECT id, 'ADMIN' FROM app_user WHERE email = ?")
                .param(DemoUsers.LINDENDAL_COACH).update();
        DemoUsers.signIn(users, DemoUsers.LINDENDAL_COACH);

        assertThatThrownBy(() -> accounts.providerLink(sanne)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.unlinkProvider(sanne)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> links.linkOf(sanne)).as("not even by calling security directly")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> links.unlink(sanne)).isInstanceOf(AccessDeniedException.class);

        DemoUsers.signIn(users, DemoUsers.COACH);
        assertThatThrownBy(() -> links.linkOf(sanne)).as("not an administrator").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.unlinkProvider(sanne)).isInstanceOf(AccessDeniedException.class);

        assertThat(jdbc.sql("SELECT subject FROM account_identity WHERE user_id = ?").param(sanne.value())
                .query(String.class).single()).isEqualTo("persoon-1");
    }

    private static Map<String, Object> claims(String subject) {
        return Map.of("sub", subject, "email", DemoUsers.PARTICIPANT, "email_verified", true);
    }

    private int audits() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'PROVIDER_UNLINKED' AND subject_id = ?")
                .param(sanne.value()).query(Integer.class).single();
    }
}
