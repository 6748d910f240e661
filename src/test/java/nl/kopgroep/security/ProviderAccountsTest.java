package nl.kopgroep.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.OrganisationId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/**
 * Which account a provider sign-in is (issue 13): the first time by an address of the municipality's domains of an
 * active account of that municipality, afterwards by subject alone; never another municipality's person, never an
 * account already linked to someone else; and when the provider's second factor counts.
 */
@KopgroepTest
class ProviderAccountsTest {

    private static final String ISSUER = "https://login.example.org/lindendal/v2.0";
    private static final String IRIS = "deelnemer@lindendal.nl";

    @Autowired ProviderAccounts accounts;
    @Autowired AccountDirectory directory;
    @Autowired SignInFlow flow;
    @Autowired SecondFactors secondFactors;
    @Autowired TotpCodes totp;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @AfterEach
    void unlinkAll() {
        jdbc.sql("DELETE FROM account_identity").update();
    }

    @Test
    void theFirstSignInLinksByAddressAndLaterOnesByTheSubjectAlone() {
        ProviderAccounts.Linked first = accounts.link(lindendal(ISSUER), claims("oid-iris", "Deelnemer@Lindendal.nl"));
        assertThat(first.account().email()).isEqualTo(IRIS);
        assertThat(first.newlyLinked()).isTrue();

        ProviderAccounts.Linked later = accounts.link(lindendal(ISSUER), claims("oid-iris", "iris.kok@elders.example"));
        assertThat(later.account().id()).isEqualTo(first.account().id());
        assertThat(later.newlyLinked()).isFalse();

        // Without the subject claim there is nothing to match on, whatever the address says.
        Map<String, Object> noSubject = new HashMap<>(claims("x", IRIS));
        noSubject.remove("oid");
        assertRefused(() -> accounts.link(lindendal(ISSUER), noSubject), ProviderRefusal.SUBJECT_MISSING);
    }

    @Test
    void nobodyGetsAnAccountOrSomeoneElsesAccount() {
        assertRefused(() -> accounts.link(lindendal(ISSUER), claims("oid-new", "nieuw@lindendal.nl")), ProviderRefusal.UNKNOWN_PERSON);
        assertRefused(() -> accounts.link(lindendal(ISSUER), claims("oid-new", "deelnemer@voorbeeldstad.nl")), ProviderRefusal.OTHER_DOMAIN);
        // Even a provider that lists another municipality's domain finds nobody of that municipality.
        ProviderSettings greedy = settings(organisation("lindendal"), ISSUER, List.of("lindendal.nl", "voorbeeldstad.nl"));
        assertRefused(() -> accounts.link(greedy, claims("oid-new", "deelnemer@voorbeeldstad.nl")), ProviderRefusal.UNKNOWN_PERSON);
        Map<String, Object> unverified = new HashMap<>(claims("oid-iris", IRIS));
        unverified.put("email_verified", false);
        assertRefused(() -> accounts.link(lindendal(ISSUER), unverified), ProviderRefusal.EMAIL_UNVERIFIED);
        assertRefused(() -> accounts.link(lindendal(ISSUER), Map.of("oid", "oid-iris")), ProviderRefusal.EMAIL_MISSING);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account_identity").query(Integer.class).single()).isZero();
    }

    @Test
    void aSubjectLinkedInOneMunicipalityIsNobodyInAnother() {
        accounts.link(lindendal(ISSUER), claims("oid-iris", IRIS));
        ProviderSettings voorbeeldstad = settings(organisation("voorbeeldstad"), ISSUER, List.of("voorbeeldstad.nl"));
        assertRefused(() -> accounts.link(voorbeeldstad, claims("oid-iris", IRIS)), ProviderRefusal.OTHER_DOMAIN);
        assertRefused(() -> accounts.link(voorbeeldstad, claims("oid-iris", "onbekend@voorbeeldstad.nl")), ProviderRefusal.UNKNOWN_PERSON);
    }

    @Test
    void anAccountLinkedToSomeoneElseIsNotTakenOverButANewProviderLinksAgain() {
        accounts.link(lindendal(ISSUER), claims("oid-iris", IRIS));
        // The address went to a new colleague with another subject at the same provider.
        assertRefused(() -> accounts.link(lindendal(ISSUER), claims("oid-colleague", IRIS)), ProviderRefusal.LINKED_TO_OTHER);
        // The municipality moved to another provider: the first sign-in there links anew.
        ProviderAccounts.Linked moved = accounts.link(lindendal("https://other.example.org/lindendal"), claims("new-oid-iris", IRIS));
        assertThat(moved.newlyLinked()).isTrue();
        assertThat(jdbc.sql("SELECT issuer FROM account_identity WHERE user_id = ?").param(moved.account().id().value())
                .query(String.class).single()).isEqualTo("https://other.example.org/lindendal");
    }

    @Test
    void anInactiveAccountIsRefusedAtFirstAndAtLaterSignIns() {
        String sem = "sem.vermeulen@lindendal.nl";
        accounts.link(lindendal(ISSUER), claims("oid-sem", sem));
        jdbc.sql("UPDATE app_user SET active = FALSE WHERE email = ?").param(sem).update();
        try {
            assertRefused(() -> accounts.link(lindendal(ISSUER), claims("oid-sem", sem)), ProviderRefusal.ACCOUNT_INACTIVE);
            jdbc.sql("DELETE FROM account_identity").update();
            assertRefused(() -> accounts.link(lindendal(ISSUER), claims("oid-sem", sem)), ProviderRefusal.ACCOUNT_INACTIVE);
        } finally {
            jdbc.sql("UPDATE app_user SET active = TRUE WHERE email = ?").param(sem).update();
        }
    }

    @Test
    void theProvidersSecondFactorCountsOnlyWhenItSaysSo() {
        assertThat(ProviderAccounts.multiFactor(Map.of("amr", List.of("pwd", "mfa")))).isTrue();
        assertThat(ProviderAccounts.multiFactor(Map.of("amr", List.of("pwd", "otp")))).isTrue();
        assertThat(ProviderAccounts.multiFactor(Map.of("amr", List.of("hwk", "fpt")))).isTrue();
        assertThat(ProviderAccounts.multiFactor(Map.of("acr", "http://schemas.openid.net/pape/policies/2007/06/multi-factor"))).isTrue();
        assertThat(ProviderAccounts.multiFactor(Map.of("amr", List.of("pwd")))).isFalse();
        assertThat(ProviderAccounts.multiFactor(Map.of("amr", List.of("pwd", "kba")))).isFalse();
        assertThat(ProviderAccounts.multiFactor(Map.of("acr", "1"))).isFalse();
        assertThat(ProviderAccounts.multiFactor(Map.of())).isFalse();
    }

    @Test
    void aProviderSignInWithItsSecondFactorNeedsNoCodeOtherwiseTheCodeIsAsked() {
        LoginAccount iris = directory.findForLogin(IRIS).orElseThrow();
        String secret = TotpCodes.newSecret();
        secondFactors.confirm(iris.id(), secret, totp.codeAt(secret, clock.instant().minusSeconds(30)));
        try {
            OidcIdToken token = new OidcIdToken("token", clock.instant(), clock.instant().plusSeconds(60), Map.of("sub", "oid-iris"));
            assertThat(flow.secondStep(new KopgroepUser(iris, clock.instant(), new ProviderSession("lindendal", token, true)))).isEmpty();
            assertThat(flow.secondStep(new KopgroepUser(iris, clock.instant(), new ProviderSession("lindendal", token, false))))
                    .contains(SignInFlow.CODE_PATH);
            assertThat(flow.secondStep(new KopgroepUser(iris, clock.instant()))).contains(SignInFlow.CODE_PATH);
        } finally {
            secondFactors.remove(iris.id());
        }
    }

    private static void assertRefused(Runnable link, ProviderRefusal refusal) {
        assertThatThrownBy(link::run).isInstanceOfSatisfying(OAuth2AuthenticationException.class,
                e -> assertThat(e.getError().getErrorCode()).isEqualTo(refusal.errorCode()));
    }

    private static Map<String, Object> claims(String subject, String email) {
        return Map.of("oid", subject, "sub", "pairwise-" + subject, "email", email);
    }

    private ProviderSettings lindendal(String issuer) {
        return settings(organisation("lindendal"), issuer, List.of("lindendal.nl"));
    }

    private static ProviderSettings settings(OrganisationId organisation, String issuer, List<String> domains) {
        return new ProviderSettings(organisation, "test", "Gemeente Test", issuer, "client", "plain:secret", domains, "email", "oid",
                true, true, 1);
    }

    private OrganisationId organisation(String code) {
        return new OrganisationId(jdbc.sql("SELECT id FROM organisation WHERE code = ?").param(code).query(Long.class).single());
    }

}
