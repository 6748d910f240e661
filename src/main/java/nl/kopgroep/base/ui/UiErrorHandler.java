package nl.kopgroep.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.UUID;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.web.ServiceUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * One place where errors become messages: a broken domain rule is explained in the user's language,
 * a refused action says so, a moment without a database connection asks to try again (what was typed stays),
 * anything else gets a reference code that is also in the log.
 */
@Component
class UiErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = rootDomainCause(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui == null) {
            log.error("Error outside a UI", event.getThrowable());
            return;
        }
        String message;
        if (cause instanceof DomainException domain) {
            message = FormError.message(domain);
        } else if (ServiceUnavailable.isConnectionShortage(event.getThrowable())) {
            // The pool had no connection for the whole wait: a busy moment, not a fault and not a refusal (issue 16).
            log.warn("No database connection in a UI request: {}",
                    ServiceUnavailable.innermost(event.getThrowable()).getMessage());
            message = ui.getTranslation("error.busy");
        } else if (cause instanceof AccessDeniedException) {
            log.warn("Access denied: {}", cause.getMessage());
            message = ui.getTranslation("error.accessDenied");
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error, reference {}", reference, event.getThrowable());
            message = ui.getTranslation("error.unexpected", reference);
        }
        ui.access(() -> show(message));
    }

    static void show(String message) {
        Notification notification = new Notification(message, 8000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.ERROR);
        notification.open();
    }

    private static Throwable rootDomainCause(Throwable throwable) {
        Throwable candidate = throwable;
        while (candidate != null) {
            if (candidate instanceof DomainException || candidate instanceof AccessDeniedException) {
                return candidate;
            }
            candidate = candidate.getCause();
        }
        return throwable;
    }
}
