package nl.kopgroep.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Per session and UI: the language (Dutch unless the person chose English) and the error handler
 * that turns every exception into a Dutch message without a stack trace.
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
            init.getUI().setLocale(AppLocales.SUPPORTED.contains(locale) ? locale : AppLocales.DUTCH);
        });
    }
}
