package nl.kopgroep.sessions;

import java.util.Locale;
import java.util.Optional;
import nl.kopgroep.base.Messages;
import nl.kopgroep.journal.EntryOccasion;
import nl.kopgroep.journal.EntryOccasions;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.KopgroepUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A journal entry about a session (kind {@value #KIND}): only for a session the signed-in participant attended; the
 * prompt asks what they take from it, pointing at the harvest when there is one.
 */
@Component
class SessionOccasions implements EntryOccasions {

    static final String KIND = "bijeenkomst";

    private final SessionAccess access;
    private final SessionStore store;
    private final CurrentUser currentUser;

    SessionOccasions(SessionAccess access, SessionStore store, CurrentUser currentUser) {
        this.access = access;
        this.store = store;
        this.currentUser = currentUser;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EntryOccasion> occasion(long id) {
        if (id <= 0) {
            return Optional.empty();
        }
        Optional<SessionAccess.Scope> scope = access.participantScope();
        if (scope.isEmpty()) {
            return Optional.empty();
        }
        SessionId session = new SessionId(id);
        Optional<Signup> mine = store.signup(session, scope.get().person()).filter(Signup::attended);
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        SessionRow row = store.find(session).orElseThrow();
        Locale locale = currentUser.get().map(KopgroepUser::preferredLocale).map(Locale::forLanguageTag)
                .orElse(Messages.DUTCH);
        boolean harvest = row.harvestNotes() != null || row.harvestAt() != null;
        return Optional.of(new EntryOccasion(Messages.text("sessions.journal.title", locale, row.title()),
                Messages.text(harvest ? "sessions.journal.promptHarvest" : "sessions.journal.prompt", locale, row.title())));
    }
}
