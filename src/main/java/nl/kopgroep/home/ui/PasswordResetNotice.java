package nl.kopgroep.home.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.organisation.MyAccountService;

/**
 * Tells the person, on their home, that an administrator reset their password (issue 11), until they
 * say they have seen it: a reset they did not ask for is a reason to ask questions.
 */
class PasswordResetNotice extends Composite<Div> {

    PasswordResetNotice(Instant at, DateTimeFormats formats, MyAccountService myAccount) {
        Div box = getContent();
        box.addClassName("password-reset-notice");
        box.getElement().setAttribute("role", "status");
        Button seen = new Button(getTranslation("home.passwordReset.seen"), click -> {
            myAccount.dismissPasswordResetNotice();
            box.setVisible(false);
        });
        box.add(new Paragraph(getTranslation("home.passwordReset.text", formats.longDate(at.atZone(formats.zone()).toLocalDate()))), seen);
    }
}
