package nl.kopgroep.knowledge;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Peer assist (Collison &amp; Parcell): from a practice I may read, I ask its author for a conversation, also across
 * municipalities; the author accepts or declines. Until the author accepts, each side sees only the other's name and
 * municipality; after acceptance both see each other's e-mail address. Both sides hear of it through the bell
 * ({@link PeerAssistAsked}, {@link PeerAssistAnswered}).
 */
@Service
@PreAuthorize("hasRole('PARTICIPANT')")
@Transactional
public class PeerAssistService {

    public static final int QUESTION_MAX = 2000;

    private final KnowledgeStore store;
    private final KnowledgeReaders readers;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PeerAssistService(KnowledgeStore store, KnowledgeReaders readers, CurrentUser currentUser,
                      ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.readers = readers;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Asks the author of a practice I may read; one open request per practice. Returns the request's id. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    public long ask(long practice, String question) {
        KnowledgeStore.PracticeRow row = store.findReadable(readers.current(), practice)
                .filter(p -> p.status() == PracticeStatus.PUBLISHED).orElseThrow(NotFoundException::new);
        UserId me = currentUser.id();
        if (row.author() == null || me.equals(row.author())) {
            throw new DomainException("knowledge.peerAssist.notYourOwn");
        }
        String text = question == null ? "" : question.strip();
        if (text.isEmpty()) {
            throw new DomainException("knowledge.peerAssist.questionRequired");
        }
        if (text.length() > QUESTION_MAX) {
            throw new DomainException("knowledge.peerAssist.questionTooLong", QUESTION_MAX);
        }
        if (store.latestRequestStatus(practice, me).filter(s -> s == PeerAssistStatus.ASKED).isPresent()) {
            throw new DomainException("knowledge.peerAssist.alreadyAsked");
        }
        long id = store.ask(practice, me, row.author(), text, clock.instant());
        events.publishEvent(new PeerAssistAsked(id, row.author(), currentUser.require().displayName()));
        return id;
    }

    /** The author accepts: from now on both sides see each other's e-mail address. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    public void accept(long request) {
        answer(request, PeerAssistStatus.ACCEPTED);
    }

    @PreAuthorize("hasRole('PARTICIPANT')")
    public void decline(long request) {
        answer(request, PeerAssistStatus.DECLINED);
    }

    /** My requests, asked and received, newest first; an e-mail address only on accepted ones. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public List<PeerAssist> myRequests() {
        UserId me = currentUser.id();
        List<KnowledgeStore.RequestRow> rows = store.requestsOf(me);
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<UserId> others = rows.stream().map(r -> me.equals(r.author()) ? r.requester() : r.author())
                .collect(Collectors.toCollection(HashSet::new));
        Set<UserId> accepted = rows.stream().filter(r -> r.status() == PeerAssistStatus.ACCEPTED)
                .map(r -> me.equals(r.author()) ? r.requester() : r.author()).collect(Collectors.toSet());
        Map<UserId, String> names = readers.names(others);
        Map<UserId, String> emails = readers.emails(accepted);
        Map<UserId, OrganisationId> homes = readers.homes(others);
        Map<OrganisationId, String> municipalities = readers.municipalities(Set.copyOf(homes.values()));
        Map<Long, String> titles = store.titles(rows.stream().map(KnowledgeStore.RequestRow::practice).collect(Collectors.toSet()));
        return rows.stream().map(r -> {
            boolean incoming = me.equals(r.author());
            UserId other = incoming ? r.requester() : r.author();
            return new PeerAssist(r.id(), r.practice(), titles.getOrDefault(r.practice(), ""), incoming,
                    names.getOrDefault(other, ""), municipalities.getOrDefault(homes.get(other), ""), r.question(),
                    r.status(), r.askedAt(), r.answeredAt(),
                    r.status() == PeerAssistStatus.ACCEPTED ? emails.get(other) : null);
        }).toList();
    }

    private void answer(long request, PeerAssistStatus status) {
        UserId me = currentUser.id();
        KnowledgeStore.RequestRow row = store.request(request, me).filter(r -> me.equals(r.author()))
                .orElseThrow(NotFoundException::new);
        if (!store.answer(request, me, status, clock.instant())) {
            throw new DomainException("knowledge.peerAssist.alreadyAnswered");
        }
        events.publishEvent(new PeerAssistAnswered(request, row.requester(), currentUser.require().displayName(),
                status == PeerAssistStatus.ACCEPTED));
    }
}
