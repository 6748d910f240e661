package nl.kopgroep.sessions;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.UserId;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Running a session: its facilitators and the administrators of the municipality that planned it see who signed up
 * (for a joint session also participants of other municipalities: a read across the border, docs/cross-border.md),
 * register attendance and attach the harvest — notes, links, one graphic recording (PNG, JPEG or PDF, checked by
 * its first bytes, at most {@value #RECORDING_MAX_BYTES} bytes). Anyone else: not found.
 */
@Service
@PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
@Transactional
public class SessionHostingService {

    static final int RECORDING_MAX_BYTES = 10 * 1024 * 1024;
    static final int NOTES_MAX = 20_000;

    private final SessionStore store;
    private final SessionViews views;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionHostingService(SessionStore store, SessionViews views, CurrentUser currentUser,
                          ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.views = views;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The sessions I facilitate, soonest first (the coach's home). */
    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<SessionSummary> facilitating() {
        Instant now = clock.instant();
        return views.summaries(store.facilitatedBy(currentUser.id()).stream()
                .filter(s -> s.endsAt().isAfter(now.minus(SessionService.PAST))).toList(), null);
    }

    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    @Transactional(readOnly = true)
    public HostedSession hosted(SessionId id) {
        SessionRow row = hostable(id);
        List<Signup> signups = store.signups(id);
        Map<UserId, String> names = views.nameMap(signups.stream().map(Signup::person).toList());
        List<Attendee> attendees = signups.stream().filter(s -> s.status() != SignupStatus.CANCELLED)
                .map(s -> new Attendee(s.person(), names.getOrDefault(s.person(), ""), s.status(), s.position(), s.attended()))
                .toList();
        return new HostedSession(views.summary(row, null), !clock.instant().isBefore(row.startsAt()), attendees,
                views.harvest(row));
    }

    /** Who was present (confirmed sign-ups only); once the session has started. */
    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    public void registerAttendance(SessionId id, Set<UserId> present) {
        SessionRow row = hostable(id);
        if (clock.instant().isBefore(row.startsAt())) {
            throw new DomainException("sessions.notStarted");
        }
        store.setAttended(id, present, clock.instant());
    }

    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    public void saveNotes(SessionId id, @Nullable String notes) {
        SessionRow row = hostable(id);
        if (notes != null && notes.length() > NOTES_MAX) {
            throw new DomainException("validation.tooLong");
        }
        boolean first = row.harvestNotes() == null || row.harvestNotes().isBlank();
        store.setHarvestNotes(id, notes == null || notes.isBlank() ? null : notes.strip(), clock.instant());
        if (first && notes != null && !notes.isBlank()) {
            harvestAdded(row);
        }
    }

    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    public void addLink(SessionId id, String label, String url) {
        SessionRow row = hostable(id);
        String cleanLabel = label == null ? "" : label.strip();
        String cleanUrl = url == null ? "" : url.strip();
        if (cleanLabel.isEmpty() || cleanUrl.isEmpty()) {
            throw new DomainException("sessions.linkIncomplete");
        }
        if (!cleanUrl.startsWith("https://") || cleanUrl.length() > 500 || cleanLabel.length() > 200) {
            throw new DomainException("sessions.linkHttps");
        }
        store.addLink(id, cleanLabel, cleanUrl, currentUser.id(), clock.instant());
        store.touchHarvest(id, clock.instant());
        harvestAdded(row);
    }

    /** Attaches the graphic recording (replacing an earlier one); type decided by the file's first bytes. */
    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    public void attachRecording(SessionId id, String fileName, byte[] content) {
        SessionRow row = hostable(id);
        if (content.length == 0 || content.length > RECORDING_MAX_BYTES) {
            throw new DomainException("sessions.recordingSize", RECORDING_MAX_BYTES / (1024 * 1024));
        }
        String type = contentType(content);
        if (type == null) {
            throw new DomainException("sessions.recordingType");
        }
        String name = fileName == null || fileName.isBlank() ? "recording" : fileName.strip();
        name = name.replaceAll("[\\\\/\\r\\n\"]", "_");
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        store.putRecording(id, name, type, content, currentUser.id(), clock.instant());
        store.touchHarvest(id, clock.instant());
        harvestAdded(row);
    }

    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    @Transactional(readOnly = true)
    public RecordingFile recording(SessionId id) {
        hostable(id);
        SessionStore.RecordingMeta meta = store.recording(id).orElseThrow(NotFoundException::new);
        return new RecordingFile(meta.fileName(), meta.contentType(),
                store.recordingContent(id).orElseThrow(NotFoundException::new));
    }

    /** PNG, JPEG or PDF by magic bytes; anything else null. */
    static @Nullable String contentType(byte[] content) {
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        return null;
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        return Arrays.stream(java.util.stream.IntStream.range(0, magic.length).toArray())
                .allMatch(i -> (content[i] & 0xFF) == magic[i]);
    }

    private void harvestAdded(SessionRow row) {
        SessionId id = row.id();
        List<UserId> people = store.signups(id).stream()
                .filter(s -> s.status() == SignupStatus.CONFIRMED).map(Signup::person).toList();
        if (!people.isEmpty()) {
            events.publishEvent(new SessionEvent(SessionEvent.Type.HARVEST_ADDED, id, row.title(), people));
        }
    }

    /** The session if I facilitate it or administer the municipality that planned it; otherwise not found. */
    private SessionRow hostable(SessionId id) {
        SessionRow row = store.find(id).orElseThrow(NotFoundException::new);
        boolean admin = currentUser.hasRole(Role.ADMIN) && row.organisation().equals(currentUser.organisationId());
        if (admin || store.facilitates(id, currentUser.id())) {
            return row;
        }
        throw new NotFoundException();
    }
}
