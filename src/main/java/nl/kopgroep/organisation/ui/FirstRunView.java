package nl.kopgroep.organisation.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.kopgroep.organisation.FirstRunForm;
import nl.kopgroep.organisation.FirstRunService;

/** First-run set-up of a new installation, reached by the one-time link from the log. */
@Route(value = "inrichten/:token", autoLayout = false)
@AnonymousAllowed
class FirstRunView extends OneTimeLinkPage {

    private final FirstRunService firstRun;

    FirstRunView(FirstRunService firstRun) {
        super("setup.title");
        this.firstRun = firstRun;
    }

    @Override
    void show(String token) {
        if (!firstRun.validToken(token)) {
            invalid("setup.invalid");
            return;
        }
        TextField organisation = new TextField(getTranslation("organisation.name"));
        TextField name = new TextField(getTranslation("account.displayName"));
        EmailField email = new EmailField(getTranslation("account.email"));
        PasswordField password = password();
        PasswordField repeat = repeat();
        form(new Paragraph(getTranslation("setup.intro")), "setup.submit", "setup.done",
                () -> firstRun.complete(token, new FirstRunForm(organisation.getValue(), name.getValue(), email.getValue(),
                        password.getValue(), repeat.getValue())),
                organisation, name, email, password, repeat);
    }
}
