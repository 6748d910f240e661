package nl.kopgroep.sessions;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.kopgroep.base.UserId;
import nl.kopgroep.organisation.OrganisationDirectory;
import nl.kopgroep.programme.ProgrammeService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns stored rows into what the services hand out; a fixed number of statements per list. */
@Component
class SessionViews {

    private final SessionStore store;
    private final OrganisationDirectory directory;
    private final ProgrammeService programme;

    SessionViews(SessionStore store, OrganisationDirectory directory, ProgrammeService programme) {
        this.programme = programme;
        this.store = store;
        this.directory = directory;
    }

    List<SessionSummary> summaries(List<SessionRow> rows, @Nullable UserId reader) {
        List<SessionId> ids = rows.stream().map(SessionRow::id).toList();
        Map<SessionId, SessionStore.Counts> counts = store.counts(ids);
        Map<SessionId, Signup> mine = reader == null ? Map.of() : store.signupsOf(reader, ids);
        return rows.stream().map(row -> summary(row, counts.getOrDefault(row.id(), SessionStore.Counts.NONE),
                mine.get(row.id()))).toList();
    }

    SessionSummary summary(SessionRow row, @Nullable UserId reader) {
        return summaries(List.of(row), reader).getFirst();
    }

    static SessionSummary summary(SessionRow row, SessionStore.Counts counts, @Nullable Signup mine) {
        return new SessionSummary(row.id(), row.kind(), row.title(), row.startsAt(), row.endsAt(), row.place(),
                row.onlineLink(), row.capacity(), counts.confirmed(), counts.waiting(), row.status(), row.audienceType(),
                mine == null ? null : mine.status(), mine == null ? null : mine.position());
    }

    SessionDetail detail(SessionRow row, @Nullable UserId reader, Instant now) {
        SessionSummary summary = summary(row, reader);
        Signup mine = reader == null ? null : store.signup(row.id(), reader).orElse(null);
        List<String> facilitators = names(store.facilitators(row.id()));
        SessionDetail.MyCase myCase = reader == null ? null : store.cases(row.id()).stream()
                .filter(c -> c.author().equals(reader)).findFirst()
                .map(c -> new SessionDetail.MyCase(c.situation(), c.question(), c.role())).orElse(null);
        boolean active = mine != null && (mine.status() == SignupStatus.CONFIRMED || mine.status() == SignupStatus.WAITING);
        ProgrammeOption module = row.moduleCode() == null ? null : programme.modules().stream()
                .filter(m -> m.key().equals(row.moduleCode())).findFirst()
                .map(m -> new ProgrammeOption(m.key(), m.title())).orElse(null);
        ProgrammeOption competency = row.competencyCode() == null ? null
                : new ProgrammeOption(row.competencyCode(), programme.competencyNames()
                        .getOrDefault(row.competencyCode(), row.competencyCode()));
        return new SessionDetail(summary, row.description(), row.cancelDeadline(), module, competency, facilitators, !now.isBefore(row.startsAt()),
                active && !row.cancelled() && now.isBefore(row.cancelDeadline()), mine != null && mine.attended(),
                myCase, harvest(row));
    }

    SessionDetail.Harvest harvest(SessionRow row) {
        List<SessionDetail.HarvestLink> links = store.links(row.id()).stream()
                .map(l -> new SessionDetail.HarvestLink(l.label(), l.url())).toList();
        SessionDetail.Recording recording = store.recording(row.id())
                .map(r -> new SessionDetail.Recording(r.fileName(), r.contentType(), r.size())).orElse(null);
        return new SessionDetail.Harvest(row.harvestNotes(), links, recording);
    }

    List<String> names(Collection<UserId> people) {
        Map<UserId, String> names = directory.displayNames(people);
        return people.stream().map(p -> names.getOrDefault(p, "")).sorted().toList();
    }

    Map<UserId, String> nameMap(Collection<UserId> people) {
        return directory.displayNames(people);
    }
}
