package nl.kopgroep.security;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;

/** The e-mail address of the last failed sign-in in this browser session, for the login page. */
public final class LastUsername {

    private LastUsername() {
    }

    public static Optional<String> inCurrentSession() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(session.getSession().getAttribute(LastUsernameFilter.ATTRIBUTE))
                .map(Object::toString).filter(s -> !s.isBlank());
    }
}
