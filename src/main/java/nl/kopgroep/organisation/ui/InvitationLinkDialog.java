package nl.kopgroep.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** Shows a one-time invitation link once, for the admin to send to the person. */
class InvitationLinkDialog extends Dialog {

    InvitationLinkDialog(String displayName, String link) {
        setHeaderTitle(getTranslation("invitation.link.title"));
        setWidth("min(40rem, 95vw)");
        TextField field = new TextField(getTranslation("invitation.link.label"));
        field.setValue(link);
        field.setReadOnly(true);
        field.setWidthFull();
        add(new Paragraph(getTranslation("invitation.link.text", displayName)), field);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
    }
}
