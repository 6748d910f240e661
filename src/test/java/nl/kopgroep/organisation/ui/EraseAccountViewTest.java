package nl.kopgroep.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.organisation.AccountForm;
import nl.kopgroep.organisation.AccountService;
import nl.kopgroep.organisation.AccountSummary;
import nl.kopgroep.organisation.OrganisationDirectory;
import nl.kopgroep.security.KopgroepUser;
import nl.kopgroep.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The administrator erases a deactivated account from the accounts page, after typing its name. */
@KopgroepTest
@ViewPackages(packages = "nl.kopgroep")
class EraseAccountViewTest extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired AccountService accounts;
    @Autowired OrganisationDirectory directory;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void theDialogNamesWhatGoesAndErasesOnlyWithTheRightName() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        KopgroepUser admin = (KopgroepUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        AccountSummary leaver = accounts.create(admin.organisationId(),
                new AccountForm("Wim Weg", "wim.weg@voorbeeldstad.nl", Set.of(Role.PARTICIPANT))).account();

        accounts.deactivate(leaver.id());
        navigate(AccountsView.class);
        @SuppressWarnings("unchecked")
        Grid<AccountSummary> grid = $(Grid.class).single();
        Button erase = $(Button.class).withText("Wissen (AVG)").single();
        grid.asSingleSelect().setValue(grid.getGenericDataView().getItems()
                .filter(a -> a.email().equals(DemoUsers.PARTICIPANT)).findFirst().orElseThrow());
        assertThat(erase.isEnabled()).as("an active account cannot be erased").isFalse();
        grid.asSingleSelect().setValue(find(grid, leaver));
        assertThat(erase.isEnabled()).isTrue();
        test(erase).click();

        EraseAccountDialog dialog = $(EraseAccountDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Wim Weg wissen");
        assertThat($(ListItem.class, dialog).all()).extracting(ListItem::getText)
                .contains("1 account met profiel en rollen");
        TextField typed = $(TextField.class, dialog).withLabel("Typ de naam Wim Weg om te bevestigen").single();
        test(typed).setValue("Wim");
        test($(Button.class, dialog).withText("Definitief wissen").single()).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(typed.getValue()).isEqualTo("Wim");
        assertThat($(FormError.class, dialog).single().getText())
                .isEqualTo("De getypte naam is niet de naam van dit account. Er is niets gewist.");
        assertThat(directory.accountByEmail("wim.weg@voorbeeldstad.nl")).isPresent();

        test(typed).setValue("Wim Weg");
        test($(Button.class, dialog).withText("Definitief wissen").single()).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(directory.accountByEmail("wim.weg@voorbeeldstad.nl")).isEmpty();
        assertThat(grid.getGenericDataView().getItems().map(AccountSummary::email)).doesNotContain("wim.weg@voorbeeldstad.nl");
    }

    private static AccountSummary find(Grid<AccountSummary> grid, AccountSummary account) {
        return grid.getGenericDataView().getItems().filter(a -> a.id().equals(account.id())).findFirst().orElseThrow();
    }
}
