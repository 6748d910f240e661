package nl.kopgroep.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Per session and UI: the language (Dutch unless the person chose English), the error handler
 * that turns every exception into a Dutch message without a stack trace, and the connection indicator's texts
 * in that language (shown when the server cannot be reached, and when it can again).
 */
@Component
class UiInitializer implements VaadinServiceInitListener {

    private final UiErrorHandler errorHandler;

    UiInitializer(UiErrorHandler errorHandler) {
        this.errorHandler = errorHandler;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            init.getSession().setErrorHandler(errorHandler);
            if (init.getRequest() instanceof VaadinServletRequest request) {
                init.getSession().setLocale(AppLocales.fromCookies(request.getCookies()));
            } else {
                init.getSession().setLocale(AppLocales.DUTCH);
            }
        });
        // The page's language for screen readers and hyphenation (WCAG 3.1.1), before any script runs.
        event.addIndexHtmlRequestListener(response -> {
            Locale locale = response.getVaadinRequest() instanceof VaadinServletRequest request
                    ? AppLocales.fromCookies(request.getCookies()) : AppLocales.DUTCH;
            response.getDocument().getElementsByTag("html").attr("lang", locale.getLanguage());
        });
        event.getSource().addUIInitListener(init -> {
            VaadinSession session = init.getUI().getSession();
            Locale locale = session.getLocale();
            UI ui = init.getUI();
            ui.setLocale(AppLocales.SUPPORTED.contains(locale) ? locale : AppLocales.DUTCH);
            // Flow hands these two to the browser's connection indicator (reconnectingText, offlineText).
            ui.getReconnectDialogConfiguration().setDialogText(ui.getTranslation("connection.reconnecting"));
            ui.getReconnectDialogConfiguration().setDialogTextGaveUp(ui.getTranslation("connection.offline"));
            ui.getPage().executeJs("if (window.Vaadin && window.Vaadin.connectionIndicator) {"
                    + " window.Vaadin.connectionIndicator.onlineText = $0; }", ui.getTranslation("connection.online"));
        });
    }
}
