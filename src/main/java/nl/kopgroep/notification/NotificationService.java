package nl.kopgroep.notification;

import java.time.Clock;
import java.util.List;
import nl.kopgroep.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's own notifications: the count on the bell, the latest ones, marking them read. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class NotificationService {

    private final NotificationStore store;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(NotificationStore store, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One count, on every page (the bell): no transaction of its own, which cost three round trips (issue 16). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS, readOnly = true)
    public long unreadCount() {
        return store.unread(currentUser.id());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NotificationItem> recent() {
        return store.recent(currentUser.id(), 15);
    }

    @PreAuthorize("isAuthenticated()")
    public void markAllRead() {
        store.markAllRead(currentUser.id(), clock.instant());
    }
}
