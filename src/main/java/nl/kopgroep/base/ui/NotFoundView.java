package nl.kopgroep.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One answer for "no such page" and "not for you": the same words, so the existence of a page a
 * person may not open is not revealed. No route list, no reason, in development or production.
 */
@AnonymousAllowed
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        addClassName("page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new H1(getTranslation("error.pageNotFound.title")),
                new Paragraph(getTranslation("error.pageNotFound")),
                new Anchor("", getTranslation("error.toHome")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
