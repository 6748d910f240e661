package nl.kopgroep.organisation.ui;

import nl.kopgroep.base.ui.FormError;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;
import nl.kopgroep.organisation.AccountSecondFactorService;
import nl.kopgroep.organisation.AccountService;
import nl.kopgroep.organisation.AccountSummary;
import nl.kopgroep.privacy.ErasureService;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.security.Role;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.base.ui.PhoneColumns;

/**
 * The accounts of one municipality: search, create, change, (de)activate, invite again (only who never
 * chose a password), reset a password. Invitation and reset links go to the person by mail; this screen
 * only says where they went, never shows them.
 */
class AccountsPanel extends VerticalLayout {

    private final AccountService accounts;
    private final OrganisationId organisation;
    private final UserId me;
    private final DateTimeFormats formats;
    private final Grid<AccountSummary> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final Button edit = new Button();
    private final Button toggleActive = new Button();
    private final Button reinvite = new Button();
    private final Button erase = new Button();
    private final Button resetPassword = new Button();
    private final Button resetSecondFactor = new Button();
    private final FormError error = new FormError();
    private final Paragraph done = new Paragraph();

    AccountsPanel(AccountService accounts, AccountSecondFactorService secondFactors, OrganisationId organisation,
                  ErasureService erasure, UserId me, DateTimeFormats formats) {
        this.me = me;
        this.formats = formats;
        this.accounts = accounts;
        this.organisation = organisation;
        setPadding(false);

        filter.setLabel(getTranslation("account.search"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        filter.setClearButtonVisible(true);

        Button create = new Button(getTranslation("account.new"), click -> new AccountDialog(
                getTranslation("account.new"), null, false, form -> {
                    var created = accounts.create(organisation, form);
                    refresh();
                    done(getTranslation("account.invite.done", created.account().displayName(), channel(created.mailedTo())));
                }).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.setText(getTranslation("action.edit"));
        edit.addClickListener(click -> selected(account -> {
            AccountDialog dialog = new AccountDialog(getTranslation("account.edit"), account, account.id().equals(me), form -> {
                accounts.update(account.id(), form);
                refresh();
            });
            accounts.providerLink(account.id()).ifPresent(link -> dialog.showProviderLink(link, account.displayName(), formats,
                    () -> accounts.unlinkProvider(account.id())));
            dialog.open();
        }));
        toggleActive.addClickListener(click -> selected(this::toggleActive));
        reinvite.setText(getTranslation("account.reinvite"));
        reinvite.addClickListener(click -> selected(account -> {
            done.setVisible(false);
            String[] mailedTo = new String[1];
            if (error.attempt(() -> mailedTo[0] = accounts.reinvite(account.id()))) {
                done(getTranslation("account.invite.done", account.displayName(), channel(mailedTo[0])));
                refresh();
            }
        }));

        erase.setText(getTranslation("privacy.erase.action"));
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.addClickListener(click -> selected(account -> error.attempt(() -> new EraseAccountDialog(erasure,
                erasure.preview(account.id()), () -> {
                    refresh();
                    done.setText(getTranslation("privacy.erase.done", account.displayName()));
                    done.setVisible(true);
                }).open())));
        resetPassword.setText(getTranslation("account.reset"));
        resetPassword.addClickListener(click -> selected(this::confirmReset));
        done.addClassName("account-action-done");
        done.getElement().setAttribute("role", "status");
        done.setVisible(false);
        resetSecondFactor.setText(getTranslation("account.mfa.reset"));
        resetSecondFactor.addClickListener(click -> selected(account -> resetSecondFactor(secondFactors, account)));

        grid.setAriaLabel(getTranslation("admin.nav.accounts"));
        var name = grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("account.displayName"))
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(AccountSummary::email).setHeader(getTranslation("account.email")).setSortable(true).setAutoWidth(true);
        grid.addColumn(this::roles).setHeader(getTranslation("account.roles")).setAutoWidth(true);
        var status = grid.addColumn(this::status).setHeader(getTranslation("account.status")).setAutoWidth(true);
        grid.addSelectionListener(e -> updateButtons());
        grid.setMinHeight("20rem");
        PhoneColumns.essentialOnPhone(grid, name, status);

        HorizontalLayout actions = new HorizontalLayout(create, edit, toggleActive, reinvite, resetPassword,
                resetSecondFactor, erase);
        actions.setWrap(true);
        add(filter, actions, error, done, grid);
        refresh();
    }

    private void refresh() {
        String term = filter.getValue().strip().toLowerCase(Locale.ROOT);
        List<AccountSummary> all = accounts.accounts(organisation);
        grid.setItems(all.stream().filter(a -> term.isEmpty()
                || a.displayName().toLowerCase(Locale.ROOT).contains(term)
                || a.email().contains(term)).toList());
        updateButtons();
    }

    private void updateButtons() {
        AccountSummary account = grid.asSingleSelect().getValue();
        edit.setEnabled(account != null);
        // An account whose owner ever chose a password is never invited again: that link would let the
        // administrator in. Its password is reset instead, and the link goes to the person.
        reinvite.setEnabled(account != null && account.active() && !account.passwordEverSet());
        resetPassword.setEnabled(account != null && account.active() && account.passwordEverSet());
        toggleActive.setEnabled(account != null);
        erase.setEnabled(account != null && !account.active());
        resetSecondFactor.setEnabled(account != null);
        toggleActive.setText(getTranslation(account != null && !account.active() ? "account.reactivate" : "account.deactivate"));
    }

    private void toggleActive(AccountSummary account) {
        if (!account.active()) {
            error.attempt(() -> accounts.reactivate(account.id()));
            refresh();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("account.deactivate.title"),
                getTranslation("account.deactivate.text", account.displayName()),
                getTranslation("account.deactivate"), click -> {
                    error.attempt(() -> accounts.deactivate(account.id()));
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void confirmReset(AccountSummary account) {
        String channel = channel(account.email());
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("account.reset.title", account.displayName()),
                getTranslation("account.reset.text", account.displayName(), channel),
                getTranslation("account.reset"), click -> {
                    done.setVisible(false);
                    if (error.attempt(() -> accounts.resetPassword(account.id()))) {
                        done(getTranslation("account.reset.done", account.displayName(), channel));
                    }
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** Asks first; the administrator sees no code, key or link, only that it was done. */
    private void resetSecondFactor(AccountSecondFactorService secondFactors, AccountSummary account) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("account.mfa.reset"),
                getTranslation("account.mfa.reset.confirm", account.displayName()),
                getTranslation("account.mfa.reset"), click -> {
                    boolean[] removed = new boolean[1];
                    done.setVisible(false);
                    if (error.attempt(() -> removed[0] = secondFactors.reset(account.id()))) {
                        done.setText(getTranslation(removed[0] ? "account.mfa.reset.done" : "account.mfa.reset.none",
                                account.displayName()));
                        done.setVisible(true);
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void selected(java.util.function.Consumer<AccountSummary> action) {
        AccountSummary account = grid.asSingleSelect().getValue();
        if (account != null) {
            action.accept(account);
        }
    }

    private String roles(AccountSummary account) {
        return String.join(", ", Role.ordered(account.roles()).stream().map(r -> getTranslation(r.labelKey())).toList());
    }

    private String status(AccountSummary account) {
        if (!account.active()) {
            return getTranslation("account.status.inactive");
        }
        if (!account.passwordSet() && account.providerLinked()) {
            return getTranslation("account.status.throughProvider");
        }
        if (!account.passwordSet() && account.passwordEverSet()) {
            return getTranslation("account.status.resetPending");
        }
        return getTranslation(account.passwordSet() ? "account.status.active" : "account.status.invited");
    }

    /** How the link reaches the person ("een mail aan …"); the link itself never comes to this screen. */
    private String channel(String address) {
        return getTranslation(accounts.resetLinkChannelKey(), address);
    }

    private void done(String text) {
        done.setText(text);
        done.setVisible(true);
    }
}
