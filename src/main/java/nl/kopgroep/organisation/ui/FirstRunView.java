package nl.kopgroep.organisation.ui;

import nl.kopgroep.security.SecurityNavigation;
import nl.kopgroep.base.ui.FormError;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.kopgroep.organisation.FirstRunForm;
import nl.kopgroep.organisation.FirstRunService;

/** First-run set-up of a new installation, reached by the one-time link from the log. */
@Route(value = "inrichten/:token", autoLayout = false)
@AnonymousAllowed
class FirstRunView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final FirstRunService firstRun;
    private final Section card = new Section();

    FirstRunView(FirstRunService firstRun) {
        this.firstRun = firstRun;
        addClassName("login-page");
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        card.removeAll();
        card.add(new H1(getTranslation("setup.title")));
        if (!firstRun.validToken(token)) {
            card.add(new Paragraph(getTranslation("setup.invalid")), new Anchor(SecurityNavigation.login(), getTranslation("invitation.toLogin")));
            return;
        }
        card.add(new Paragraph(getTranslation("setup.intro")));
        TextField organisation = new TextField(getTranslation("organisation.name"));
        TextField name = new TextField(getTranslation("account.displayName"));
        EmailField email = new EmailField(getTranslation("account.email"));
        PasswordField password = new PasswordField(getTranslation("invitation.password"));
        password.setHelperText(getTranslation("invitation.password.help"));
        PasswordField repeat = new PasswordField(getTranslation("invitation.repeat"));
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {organisation, name, email, password, repeat}) {
            field.setRequiredIndicatorVisible(true);
        }
        FormError error = new FormError();
        Button save = new Button(getTranslation("setup.submit"), click -> {
            FirstRunForm form = new FirstRunForm(organisation.getValue(), name.getValue(), email.getValue(),
                    password.getValue(), repeat.getValue());
            if (error.attempt(() -> firstRun.complete(token, form))) {
                card.removeAll();
                card.add(new H1(getTranslation("setup.title")), new Paragraph(getTranslation("setup.done")),
                        new Anchor(SecurityNavigation.login(), getTranslation("invitation.toLogin")));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(organisation, name, email, password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        card.add(error, form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title");
    }
}
