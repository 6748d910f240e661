package nl.kopgroep.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

@KopgroepTest
@Transactional
class AccountServiceTest {

    @Autowired org.springframework.jdbc.core.simple.JdbcClient mailJdbc;
    @Autowired AccountService accounts;
    @Autowired OrganisationService organisations;
    @Autowired InvitationService invitations;
    @Autowired AuthenticationManager authenticationManager;
    @Autowired UserDetailsService users;
    @Autowired OrganisationRepository organisationRepository;
    @Autowired IdentityProviderService identityProviders;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void anInvitationForAnAddressThatSignsInThroughTheProviderOnlySetsNoPassword() {
        String password = "een lange zin als wachtwoord";
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        String email = unique("gemeente");
        accounts.create(voorbeeldstad(), new AccountForm("Gemeente Collega", email, EnumSet.of(Role.PARTICIPANT)));
        IdentityProviderSettings provider = identityProviders.save(voorbeeldstad(), providerForm(false, null));
        DemoUsers.signOut();
        String token = nl.kopgroep.MailedLinks.invitation(mailJdbc, email);

        assertThat(invitations.invitation(token)).hasValueSatisfying(details -> {
            assertThat(details.throughProviderOnly()).isTrue();
            assertThat(details.email()).isEqualTo(email);
        });
        assertThatThrownBy(() -> invitations.accept(token, password, password)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("invitation.throughProvider.noPassword"));
        assertThat(mailJdbc.sql("SELECT password_hash IS NULL FROM app_user WHERE email = ?").param(email)
                .query(Boolean.class).single()).isTrue();
        assertThat(invitations.invitation(token)).as("the link stays usable until it expires").isPresent();

        // Once the municipality allows Kopgroep passwords again, the same link sets one.
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        identityProviders.save(voorbeeldstad(), providerForm(true, provider.version()));
        DemoUsers.signOut();
        assertThat(invitations.invitation(token)).hasValueSatisfying(details -> assertThat(details.throughProviderOnly()).isFalse());
        invitations.accept(token, password, password);
        assertThat(authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password))
                .isAuthenticated()).isTrue();
    }

    static IdentityProviderForm providerForm(boolean passwordsAllowed, Integer version) {
        return new IdentityProviderForm("https://login.example.org/voorbeeldstad", "kopgroep", "geheim", "voorbeeldstad.nl",
                "email", "sub", passwordsAllowed, false, true, version);
    }

    @Test
    void adminCreatesAccountWhoseInvitationSetsThePasswordOnce() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        String email = unique("nieuw");
        CreatedAccount created = accounts.create(voorbeeldstad(),
                new AccountForm("  Nieuwe Collega ", email.toUpperCase(), EnumSet.of(Role.PARTICIPANT)));

        assertThat(created.account().email()).isEqualTo(email);
        assertThat(created.account().displayName()).isEqualTo("Nieuwe Collega");
        assertThat(created.account().passwordSet()).isFalse();
        assertThat(invitations.invitation(nl.kopgroep.MailedLinks.invitation(mailJdbc, created.account().email())))
                .hasValueSatisfying(details -> assertThat(details.organisationName()).isEqualTo("Gemeente Voorbeeldstad"));

        DemoUsers.signOut();
        invitations.accept(nl.kopgroep.MailedLinks.invitation(mailJdbc, created.account().email()), "een lange zin als wachtwoord", "een lange zin als wachtwoord");
        var signedIn = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, "een lange zin als wachtwoord"));
        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThatThrownBy(() -> invitations.accept(nl.kopgroep.MailedLinks.invitation(mailJdbc, created.account().email()), "nog een lange zin hier", "nog een lange zin hier"))
                .isInstanceOf(DomainException.class).hasMessage("invitation.invalid");
    }

    @Test
    void invitationRefusesShortOrMismatchedPasswords() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        CreatedAccount created = accounts.create(voorbeeldstad(),
                new AccountForm("Kort Wachtwoord", unique("kort"), EnumSet.of(Role.COACH)));
        DemoUsers.signOut();
        assertThatThrownBy(() -> invitations.accept(nl.kopgroep.MailedLinks.invitation(mailJdbc, created.account().email()), "kort", "kort"))
                .isInstanceOf(DomainException.class).hasMessage("validation.password.tooShort");
        assertThatThrownBy(() -> invitations.accept(nl.kopgroep.MailedLinks.invitation(mailJdbc, created.account().email()), "een lange zin als wachtwoord", "anders"))
                .isInstanceOf(DomainException.class).hasMessage("validation.password.mismatch");
        assertThat(invitations.invitation("niet-bestaand-token")).isEmpty();
    }

    @Test
    void badInputIsRefusedWithItsOwnMessage() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        OrganisationId voorbeeldstad = voorbeeldstad();
        assertThatThrownBy(() -> accounts.create(voorbeeldstad, new AccountForm("Dubbel", DemoUsers.COACH, Set.of(Role.COACH))))
                .isInstanceOf(DomainException.class).hasMessage("account.emailTaken");
        assertThatThrownBy(() -> accounts.create(voorbeeldstad, new AccountForm("Fout", "geen-adres", Set.of(Role.COACH))))
                .isInstanceOf(DomainException.class).hasMessage("validation.email.invalid");
        assertThatThrownBy(() -> accounts.create(voorbeeldstad, new AccountForm(" ", unique("leeg"), Set.of(Role.COACH))))
                .isInstanceOf(DomainException.class).hasMessage("validation.required");
        assertThatThrownBy(() -> accounts.create(voorbeeldstad, new AccountForm("Geen Rol", unique("rol"), Set.of())))
                .isInstanceOf(DomainException.class).hasMessage("account.rolesRequired");
    }

    @Test
    void adminCannotLockThemselvesOut() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        AccountSummary self = accounts.accounts(voorbeeldstad()).stream()
                .filter(a -> a.email().equals(DemoUsers.ADMIN)).findFirst().orElseThrow();
        assertThatThrownBy(() -> accounts.deactivate(self.id()))
                .isInstanceOf(DomainException.class).hasMessage("account.cannotDeactivateSelf");
        assertThatThrownBy(() -> accounts.update(self.id(), new AccountForm(self.displayName(), self.email(), Set.of(Role.COACH))))
                .isInstanceOf(DomainException.class).hasMessage("account.cannotDropOwnAdmin");
    }

    @Test
    void deactivatedAccountCannotSignInUntilReactivated() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        AccountSummary participant = accounts.accounts(voorbeeldstad()).stream()
                .filter(a -> a.email().equals("daan.jansen@voorbeeldstad.nl")).findFirst().orElseThrow();
        assertThat(accounts.deactivate(participant.id()).active()).isFalse();
        assertThatThrownBy(() -> authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(participant.email(), DemoUsers.PASSWORD)))
                .isInstanceOf(DisabledException.class);
        assertThat(accounts.reactivate(participant.id()).active()).isTrue();
    }

    @Test
    void nonAdminsAndAnonymousCannotAdministerAccounts() {
        OrganisationId voorbeeldstad = voorbeeldstad();
        assertThatThrownBy(() -> accounts.accounts(voorbeeldstad))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        for (String email : new String[] {DemoUsers.PARTICIPANT, DemoUsers.COACH, DemoUsers.MANAGER}) {
            DemoUsers.signIn(users, email);
            assertThatThrownBy(() -> accounts.accounts(voorbeeldstad)).as(email).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> organisations.administrableOrganisations()).as(email)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void adminOfAnOrdinaryMunicipalityAdministersOnlyTheirOwn() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        assertThat(organisations.administrableOrganisations()).extracting(OrganisationSummary::name)
                .contains("Gemeente Voorbeeldstad", "Gemeente Lindendal");
        String lindendalAdmin = unique("beheer-lindendal");
        CreatedAccount created = accounts.create(lindendal(),
                new AccountForm("Beheer Lindendal", lindendalAdmin, EnumSet.of(Role.ADMIN)));
        DemoUsers.signOut();
        invitations.accept(nl.kopgroep.MailedLinks.invitation(mailJdbc, created.account().email()), "kaarsen op de vensterbank", "kaarsen op de vensterbank");

        DemoUsers.signIn(users, lindendalAdmin);
        assertThat(organisations.administrableOrganisations()).extracting(OrganisationSummary::name)
                .containsExactly("Gemeente Lindendal");
        assertThat(accounts.accounts(lindendal())).extracting(AccountSummary::email).contains(DemoUsers.LINDENDAL_PARTICIPANT);
        OrganisationId voorbeeldstad = voorbeeldstad();
        assertThatThrownBy(() -> accounts.accounts(voorbeeldstad)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.create("Gemeente Nergenshuizen")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void installationAdminAddsAMunicipality() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        OrganisationSummary created = organisations.create("Gemeente Súdwest-Fryslân Test");
        assertThat(created.code()).isEqualTo("sudwest-fryslan-test");
        assertThat(created.host()).isFalse();
        assertThatThrownBy(() -> organisations.create("gemeente súdwest-fryslân test"))
                .isInstanceOf(DomainException.class).hasMessage("organisation.exists");
    }

    private OrganisationId voorbeeldstad() {
        return organisationRepository.findByCode("voorbeeldstad").orElseThrow().id();
    }

    private OrganisationId lindendal() {
        return organisationRepository.findByCode("lindendal").orElseThrow().id();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeldstad.nl";
    }
}
