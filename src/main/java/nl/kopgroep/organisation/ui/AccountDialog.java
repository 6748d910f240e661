package nl.kopgroep.organisation.ui;

import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.SaveButton;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.organisation.AccountForm;
import nl.kopgroep.organisation.AccountSummary;
import nl.kopgroep.security.ProviderLinks;
import nl.kopgroep.security.Role;
import org.jspecify.annotations.Nullable;

/** Name, e-mail and roles of an account. A refused save keeps the dialog open with what was typed. */
class AccountDialog extends Dialog {

    final Paragraph providerLink = new Paragraph();
    final Button unlink = new Button();
    private final FormError error = new FormError();

    /**
     * @param ownAccount the administrator's own account: its roles are shown but not changeable (another
     *                   administrator changes them; the service refuses it too)
     */
    AccountDialog(String title, @Nullable AccountSummary existing, boolean ownAccount, Consumer<AccountForm> save) {
        setHeaderTitle(title);
        setWidth("min(36rem, 95vw)");
        TextField name = new TextField(getTranslation("account.displayName"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        EmailField email = new EmailField(getTranslation("account.email"));
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(254);
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("account.roles"));
        roles.setItems(List.of(Role.values()));
        roles.setItemLabelGenerator(role -> getTranslation(role.labelKey()));
        roles.setRequiredIndicatorVisible(true);
        if (existing != null) {
            name.setValue(existing.displayName());
            email.setValue(existing.email());
            roles.setValue(existing.roles());
        } else {
            roles.setValue(EnumSet.of(Role.PARTICIPANT));
        }
        if (ownAccount) {
            roles.setReadOnly(true);
            roles.setHelperText(getTranslation("account.ownRoles.helper"));
        }
        FormLayout form = new FormLayout(name, email, roles);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        providerLink.addClassName("account-provider-link");
        providerLink.getElement().setAttribute("role", "status");
        providerLink.setVisible(false);
        unlink.setText(getTranslation("account.providerLink.unlink"));
        unlink.addThemeVariants(ButtonVariant.LUMO_ERROR);
        unlink.setVisible(false);
        add(error, form, providerLink, unlink);

        Button ok = SaveButton.saveOnce(new Button(getTranslation("action.save")), () -> {
            Set<Role> chosen = roles.getValue();
            return error.attempt(() -> save.accept(new AccountForm(name.getValue(), email.getValue(), chosen)));
        }, () -> {
            close();
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), ok);
        name.focus();
    }

    /**
     * Shows that the account is linked to a person at the municipality's provider, with a button that removes the
     * link after a confirmation; {@code unlinkAction} runs the removal (a refusal is shown in the dialog).
     */
    void showProviderLink(ProviderLinks.Link link, String displayName, DateTimeFormats formats, Runnable unlinkAction) {
        providerLink.setText(getTranslation("account.providerLink.linked", formats.shortDateTime(link.linkedAt()),
                formats.shortDateTime(link.lastSignInAt())));
        providerLink.setVisible(true);
        unlink.setVisible(true);
        unlink.addClickListener(click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("account.providerLink.unlink"),
                    getTranslation("account.providerLink.unlink.confirm", displayName),
                    getTranslation("account.providerLink.unlink"), confirmed -> {
                        if (error.attempt(unlinkAction)) {
                            providerLink.setText(getTranslation("account.providerLink.unlinked", displayName));
                            unlink.setVisible(false);
                        }
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
    }
}
