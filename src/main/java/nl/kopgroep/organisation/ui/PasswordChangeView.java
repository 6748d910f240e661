package nl.kopgroep.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.organisation.MyAccountService;
import nl.kopgroep.organisation.OrganisationNavigation;

/**
 * Everyone changes their own password here: the current one, then the new one twice. Other sessions of
 * the person end; this one goes on. A refusal keeps everything typed.
 */
@Route("wachtwoord-wijzigen")
@PermitAll
class PasswordChangeView extends Main implements HasDynamicTitle, OrganisationNavigation.PasswordChangeRoute {

    PasswordChangeView(MyAccountService myAccount) {
        addClassNames("page", "password-change-page");
        PasswordField current = new PasswordField(getTranslation("passwordChange.current"));
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        PasswordField password = new PasswordField(getTranslation("passwordChange.new"));
        password.setHelperText(getTranslation("invitation.password.help"));
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        PasswordField repeat = new PasswordField(getTranslation("invitation.repeat"));
        repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        for (PasswordField field : new PasswordField[] {current, password, repeat}) {
            field.setRequiredIndicatorVisible(true);
        }
        FormError error = new FormError();
        Paragraph done = new Paragraph();
        done.getElement().setAttribute("role", "status");
        done.setVisible(false);
        Button save = new Button(getTranslation("passwordChange.submit"), click -> {
            done.setVisible(false);
            if (error.attempt(() -> myAccount.changePassword(current.getValue(), password.getValue(), repeat.getValue()))) {
                current.clear();
                password.clear();
                repeat.clear();
                done.setText(getTranslation("passwordChange.done"));
                done.setVisible(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("30rem");
        add(new H1(getTranslation("passwordChange.title")), new Paragraph(getTranslation("passwordChange.intro")),
                error, form, save, done);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("passwordChange.pageTitle");
    }
}
