package nl.kopgroep.home.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.security.SecurityNavigation;
import nl.kopgroep.security.SignInRecord;

/** "Last signed in on … from …", under the greeting, with a link to the security page. */
final class LastSignInLine {

    private LastSignInLine() {
    }

    static Paragraph of(SignInRecord previous, DateTimeFormats formats) {
        Paragraph line = new Paragraph();
        line.addClassName("last-sign-in");
        line.setText(line.getTranslation("accountSecurity.lastSignIn.home", formats.dateTime(previous.at()),
                previous.clientAddress(), previous.device()) + " ");
        line.add(new Anchor(SecurityNavigation.accountSecurity(), line.getTranslation("accountSecurity.title")));
        return line;
    }
}
