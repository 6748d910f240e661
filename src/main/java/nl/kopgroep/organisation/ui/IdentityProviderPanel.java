package nl.kopgroep.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.organisation.ConnectionVerdict;
import nl.kopgroep.organisation.IdentityProviderForm;
import nl.kopgroep.organisation.IdentityProviderService;
import nl.kopgroep.organisation.IdentityProviderSettings;
import nl.kopgroep.organisation.OrganisationSummary;
import nl.kopgroep.organisation.ProviderRegistrationDetails;
import org.jspecify.annotations.Nullable;

/**
 * The municipality's OpenID Connect provider: the form, "verbinding testen" and removing it. The stored client secret
 * is never shown; the field stays empty and only a typed secret replaces it. A refusal leaves every field as typed.
 */
class IdentityProviderPanel extends VerticalLayout {

    private final transient IdentityProviderService service;
    private final OrganisationSummary organisation;
    private final DateTimeFormats formats;

    final TextField issuer = new TextField();
    final TextField clientId = new TextField();
    final PasswordField secret = new PasswordField();
    final TextArea domains = new TextArea();
    final TextField emailClaim = new TextField();
    final TextField subjectClaim = new TextField();
    final Checkbox passwordsAllowed = new Checkbox();
    final Checkbox providerMfaCounts = new Checkbox();
    final Checkbox enabled = new Checkbox();
    final Button save = new Button();
    final Button test = new Button();
    final Button remove = new Button();
    final FormError error = new FormError();
    final Paragraph status = new Paragraph();
    final Paragraph verdict = new Paragraph();
    final TextField redirectUri = new TextField();
    final TextField postLogoutRedirectUri = new TextField();
    final TextField backChannelLogoutUri = new TextField();
    private final Paragraph state = new Paragraph();
    private @Nullable Integer version;

    IdentityProviderPanel(IdentityProviderService service, OrganisationSummary organisation, DateTimeFormats formats) {
        this.service = service;
        this.organisation = organisation;
        this.formats = formats;
        setPadding(false);
        addClassName("identity-provider");

        issuer.setLabel(getTranslation("identityProvider.issuer"));
        issuer.setHelperText(getTranslation("identityProvider.issuer.helper"));
        issuer.setRequiredIndicatorVisible(true);
        issuer.setMaxLength(500);
        clientId.setLabel(getTranslation("identityProvider.clientId"));
        clientId.setRequiredIndicatorVisible(true);
        clientId.setMaxLength(255);
        secret.setLabel(getTranslation("identityProvider.secret"));
        secret.setMaxLength(500);
        secret.setRevealButtonVisible(false);
        secret.getElement().setAttribute("autocomplete", "new-password");
        domains.setLabel(getTranslation("identityProvider.domains"));
        domains.setHelperText(getTranslation("identityProvider.domains.helper"));
        domains.setRequiredIndicatorVisible(true);
        emailClaim.setLabel(getTranslation("identityProvider.emailClaim"));
        emailClaim.setMaxLength(100);
        subjectClaim.setLabel(getTranslation("identityProvider.subjectClaim"));
        subjectClaim.setHelperText(getTranslation("identityProvider.subjectClaim.helper"));
        subjectClaim.setMaxLength(100);
        passwordsAllowed.setLabel(getTranslation("identityProvider.passwordsAllowed"));
        providerMfaCounts.setLabel(getTranslation("identityProvider.providerMfaCounts"));
        enabled.setLabel(getTranslation("identityProvider.enabled"));

        FormLayout form = new FormLayout(issuer, clientId, secret, domains, emailClaim, subjectClaim);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(issuer, 2);
        form.setColspan(domains, 2);

        save.setText(getTranslation("identityProvider.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        test.setText(getTranslation("identityProvider.test"));
        test.addClickListener(click -> testConnection());
        remove.setText(getTranslation("identityProvider.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(click -> confirmRemove());
        HorizontalLayout actions = new HorizontalLayout(save, test, remove);
        actions.setWrap(true);

        status.getElement().setAttribute("role", "status");
        verdict.getElement().setAttribute("role", "status");
        verdict.addClassName("identity-provider-verdict");
        add(new Paragraph(getTranslation("identityProvider.intro")), state, form, passwordsAllowed, providerMfaCounts,
                enabled, error, status, verdict, actions, registrationDetails());
        show(service.settings(organisation.id()));
    }

    /** The addresses to register at the provider: read-only, so they can be selected and copied as they are. */
    private VerticalLayout registrationDetails() {
        ProviderRegistrationDetails details = service.registrationDetails(organisation.id());
        readOnly(redirectUri, "identityProvider.registration.redirectUri", details.redirectUri());
        readOnly(postLogoutRedirectUri, "identityProvider.registration.postLogoutRedirectUri", details.postLogoutRedirectUri());
        readOnly(backChannelLogoutUri, "identityProvider.registration.backChannelLogoutUri", details.backChannelLogoutUri());
        VerticalLayout block = new VerticalLayout(new H2(getTranslation("identityProvider.registration.title")),
                redirectUri, postLogoutRedirectUri, backChannelLogoutUri,
                new Paragraph(getTranslation("identityProvider.registration.manual")));
        block.setPadding(false);
        block.addClassName("identity-provider-registration");
        return block;
    }

    private void readOnly(TextField field, String labelKey, String value) {
        field.setLabel(getTranslation(labelKey));
        field.setValue(value);
        field.setReadOnly(true);
        field.setWidthFull();
    }

    private void show(Optional<IdentityProviderSettings> settings) {
        secret.clear();
        if (settings.isEmpty()) {
            version = null;
            issuer.clear();
            clientId.clear();
            domains.clear();
            emailClaim.setValue("email");
            subjectClaim.setValue("sub");
            passwordsAllowed.setValue(true);
            providerMfaCounts.setValue(false);
            enabled.setValue(false);
            state.setText(getTranslation("identityProvider.none"));
            secret.setHelperText(getTranslation("identityProvider.secret.notSet"));
            secret.setRequiredIndicatorVisible(true);
            remove.setVisible(false);
            return;
        }
        IdentityProviderSettings s = settings.get();
        version = s.version();
        issuer.setValue(s.issuer());
        clientId.setValue(s.clientId());
        domains.setValue(String.join("\n", s.domains()));
        emailClaim.setValue(s.emailClaim());
        subjectClaim.setValue(s.subjectClaim());
        passwordsAllowed.setValue(s.passwordsAllowed());
        providerMfaCounts.setValue(s.providerMfaCounts());
        enabled.setValue(s.enabled());
        state.setText(getTranslation("identityProvider.lastChange", formats.shortDateTime(s.updatedAt())));
        secret.setHelperText(getTranslation(s.secretSet() ? "identityProvider.secret.set" : "identityProvider.secret.notSet"));
        secret.setRequiredIndicatorVisible(!s.secretSet());
        remove.setVisible(true);
    }

    private void save() {
        status.setText("");
        IdentityProviderForm form = new IdentityProviderForm(issuer.getValue(), clientId.getValue(), secret.getValue(),
                domains.getValue(), emailClaim.getValue(), subjectClaim.getValue(), passwordsAllowed.getValue(),
                providerMfaCounts.getValue(), enabled.getValue(), version);
        try {
            IdentityProviderSettings saved = service.save(organisation.id(), form);
            error.clear();
            show(Optional.of(saved));
            status.setText(getTranslation("identityProvider.saved"));
        } catch (DomainException e) {
            error.show(e);
        }
    }

    private void testConnection() {
        verdict.setText("");
        verdict.removeClassNames("ok", "problem");
        try {
            ConnectionVerdict result = service.testConnection(organisation.id(), issuer.getValue());
            error.clear();
            verdict.setText(getTranslation(result.messageKey(), result.arguments().toArray()));
            verdict.addClassName(result.ok() ? "ok" : "problem");
        } catch (DomainException e) {
            error.show(e);
        }
    }

    private void confirmRemove() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("identityProvider.remove"),
                getTranslation("identityProvider.remove.confirm", organisation.name()),
                getTranslation("identityProvider.remove"), click -> {
                    service.remove(organisation.id());
                    error.clear();
                    verdict.setText("");
                    show(Optional.empty());
                    status.setText(getTranslation("identityProvider.removed"));
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
