package nl.kopgroep.security.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Function;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.security.EnrolmentOffer;

/**
 * Turning two-factor sign-in on: the QR code (and the same key to type), a field for the first code, and then
 * the ten recovery codes, shown this once. Used before the first sign-in of someone who must use it and on
 * the security page of someone who chooses it.
 */
class EnrolmentPanel extends Div {

    EnrolmentPanel(EnrolmentOffer offer, Function<String, List<String>> confirm, String doneKey, Runnable done) {
        addClassName("mfa-enrolment");
        Html qr = new Html("<div class=\"mfa-qr\" role=\"img\" aria-label=\"" + getTranslation("mfa.enrol.qrLabel") + "\">"
                + offer.qrSvg() + "</div>");
        Paragraph scan = new Paragraph(getTranslation("mfa.enrol.scan"));
        Paragraph typeIt = new Paragraph(getTranslation("mfa.enrol.typeKey", offer.account()) + " ");
        Span secret = new Span(offer.secretForTyping());
        secret.addClassName("mfa-secret");
        typeIt.add(secret);
        TextField code = codeField(getTranslation("mfa.enrol.code"));
        FormError error = new FormError();
        Button confirmButton = new Button(getTranslation("mfa.enrol.confirm"));
        confirmButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirmButton.addClickShortcut(Key.ENTER);
        confirmButton.addClickListener(click -> {
            @SuppressWarnings("unchecked") List<String>[] codes = new List[1];
            if (error.attempt(() -> codes[0] = confirm.apply(code.getValue()))) {
                removeAll();
                add(recoveryCodes(codes[0], doneKey, done));
            }
        });
        add(scan, qr, typeIt, error, code, confirmButton);
    }

    static TextField codeField(String label) {
        TextField code = new TextField(label);
        code.addClassName("mfa-code");
        code.setRequiredIndicatorVisible(true);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(40);
        return code;
    }

    /** The recovery codes, once, with the advice to keep them safe. */
    static Div recoveryCodes(List<String> codes, String doneKey, Runnable done) {
        Div panel = new Div();
        panel.addClassName("mfa-recovery");
        OrderedList list = new OrderedList();
        list.addClassName("mfa-recovery-codes");
        codes.forEach(value -> list.add(new ListItem(value)));
        Button ok = new Button(panel.getTranslation(doneKey), click -> done.run());
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        panel.add(new Paragraph(panel.getTranslation("mfa.recovery.intro", codes.size())), list,
                new Paragraph(panel.getTranslation("mfa.recovery.once")), ok);
        return panel;
    }

}
