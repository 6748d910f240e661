package nl.kopgroep.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.UserId;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.organisation.AccountForm;
import nl.kopgroep.organisation.AccountService;
import nl.kopgroep.organisation.AccountSummary;
import nl.kopgroep.security.AccountSecurityService;
import nl.kopgroep.security.EnrolmentOffer;
import nl.kopgroep.security.Role;
import nl.kopgroep.security.SecondFactors;
import nl.kopgroep.security.TotpCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Passwords refused with a reason (nothing typed lost), and an administrator's reset of a second factor. */
@KopgroepTest
@ViewPackages(packages = "nl.kopgroep")
class AccountProtectionViewTest extends SpringBrowserlessTest {

    private static final String PERSON = "thijs.deboer@voorbeeldstad.nl";

    @Autowired
    UserDetailsService users;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountSecurityService accountSecurity;
    @Autowired
    SecondFactors secondFactors;
    @Autowired
    TotpCodes totp;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        RequestContextHolder.resetRequestAttributes();
        DemoUsers.signOut();
    }

    @Test
    void aGuessablePasswordIsRefusedWithTheReasonAndEverythingTypedStays() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        String address = "zwak-" + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeldstad.nl";
        accounts.create(organisation(),
                new AccountForm("Wendy Zwak", address, java.util.Set.of(Role.PARTICIPANT)));
        String token = nl.kopgroep.MailedLinks.invitation(jdbc, address);
        DemoUsers.signOut();

        navigate("uitnodiging/" + token, InvitationView.class);
        PasswordField password = $(PasswordField.class).withLabel("Wachtwoord").single();
        PasswordField repeat = $(PasswordField.class).withLabel("Herhaal het wachtwoord").single();
        test(password).setValue("Welkom123456");
        test(repeat).setValue("Welkom123456");
        test($(Button.class).withText("Wachtwoord opslaan").single()).click();

        assertThat($(FormError.class).single().getText()).startsWith("Dit wachtwoord is te makkelijk te raden.")
                .containsAnyOf("veel voor", "tien meest", "honderd meest", "woorden");
        assertThat(password.getValue()).isEqualTo("Welkom123456");
        assertThat(repeat.getValue()).isEqualTo("Welkom123456");
    }

    @Test
    void anAdministratorResetsASecondFactorAndSeesNothingUsable() {
        UserId person = enrolAs(PERSON);
        assertThat(secondFactors.enrolled(person)).isTrue();

        DemoUsers.signIn(users, DemoUsers.ADMIN);
        navigate(AccountsView.class);
        @SuppressWarnings("unchecked")
        Grid<AccountSummary> grid = $(Grid.class).single();
        List<AccountSummary> rows = grid.getGenericDataView().getItems().toList();
        int row = rows.indexOf(rows.stream().filter(a -> a.email().equals(PERSON)).findFirst().orElseThrow());
        test(grid).select(row);
        test($(Button.class).withText("Tweestapsverificatie resetten").single()).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains("Thijs de Boer", "U ziet geen code of sleutel");
        test(confirm).confirm();

        assertThat(secondFactors.enrolled(person)).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'SECOND_FACTOR_RESET' AND target = ?")
                .param("user " + person).query(Long.class).single()).isPositive();
    }

    private UserId enrolAs(String email) {
        DemoUsers.signIn(users, email);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(new MockHttpSession());
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, new MockHttpServletResponse()));
        EnrolmentOffer offer = accountSecurity.offerEnrolment();
        accountSecurity.confirmEnrolment(totp.codeAt(offer.secretForTyping().replace(" ", ""), clock.instant()));
        RequestContextHolder.resetRequestAttributes();
        DemoUsers.signOut();
        return new UserId(jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(email).query(Long.class).single());
    }

    private nl.kopgroep.base.OrganisationId organisation() {
        return new nl.kopgroep.base.OrganisationId(jdbc.sql("SELECT id FROM organisation WHERE code = 'voorbeeldstad'")
                .query(Long.class).single());
    }
}
