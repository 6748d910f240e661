package nl.kopgroep.knowledge;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.programme.ProgrammeService;
import nl.kopgroep.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reader's side of the kennisbank, for participants and coaches: search with filters, one practice, similar
 * practices, reactions and "dit heb ik gebruikt". Every read goes through the store's visibility rule in SQL: a
 * practice is visible when it is mine, or shared with ALL, or with MUNICIPALITY and of my municipality, or with
 * COHORT and of one of my cohorts, and published. Anything else, withdrawn practices included, is not found.
 */
@Service
@PreAuthorize("hasAnyRole('PARTICIPANT', 'COACH')")
@Transactional(readOnly = true)
public class KnowledgeService {

    public static final int PAGE = 50;
    public static final int SIMILAR = 5;
    public static final int REACTION_MAX = 1000;

    private final KnowledgeStore store;
    private final KnowledgeReaders readers;
    private final CurrentUser currentUser;
    private final ProgrammeService programme;
    private final Clock clock;

    KnowledgeService(KnowledgeStore store, KnowledgeReaders readers, CurrentUser currentUser,
                     ProgrammeService programme, Clock clock) {
        this.store = store;
        this.readers = readers;
        this.currentUser = currentUser;
        this.programme = programme;
        this.clock = clock;
    }

    /**
     * The visible practices matching the words (Dutch stems, every word required, relevance first with a boost for
     * "dit heb ik gebruikt") and the filters; without words the newest first. At most {@link #PAGE}.
     */
    @PreAuthorize("hasAnyRole('PARTICIPANT', 'COACH')")
    public List<PracticeSummary> search(SearchQuery query) {
        String words = DutchText.booleanQuery(query.text());
        if (words.isEmpty() && !query.text().isBlank()) {
            return List.of(); // only stop words or too-short words: nothing to look for
        }
        return readers.summaries(store, store.search(readers.current(), words, query, PAGE));
    }

    /** What the filters offer, from the practices I may see. */
    @PreAuthorize("hasAnyRole('PARTICIPANT', 'COACH')")
    public SearchFilters filters() {
        KnowledgeStore.Reader reader = readers.current();
        Map<String, String> names = programme.competencyNames();
        Map<String, String> competencies = new java.util.LinkedHashMap<>();
        store.visibleTagValues(reader, TagKind.COMPETENCY).forEach(code -> competencies.put(code, names.getOrDefault(code, code)));
        Map<OrganisationId, String> municipalities = readers.municipalities(store.visibleMunicipalities(reader));
        Map<OrganisationId, String> sorted = municipalities.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
        return new SearchFilters(store.visibleTagValues(reader, TagKind.THEME), competencies, sorted);
    }

    /** A practice I may read; any other id (another municipality's, withdrawn, unknown) is not found. */
    @PreAuthorize("hasAnyRole('PARTICIPANT', 'COACH')")
    public Practice practice(long id) {
        KnowledgeStore.Reader reader = readers.current();
        KnowledgeStore.PracticeRow row = store.findReadable(reader, id).orElseThrow(NotFoundException::new);
        List<KnowledgeStore.ReactionRow> reactions = store.reactions(id);
        Set<UserId> people = reactions.stream().map(KnowledgeStore.ReactionRow::author).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (row.author() != null) {
            people.add(row.author());
        }
        Map<UserId, String> names = readers.names(people);
        UserId me = currentUser.id();
        return new Practice(row.id(), row.title(), row.intention(), row.happened(), row.difference(), row.lessons(),
                row.author() == null ? "" : names.getOrDefault(row.author(), ""),
                readers.municipalities(List.of(row.organisation())).getOrDefault(row.organisation(), ""),
                row.sharing(), row.status(), row.publishedAt(), row.updatedAt(), store.tags(List.of(id)).get(id),
                store.attachments(id),
                reactions.stream().map(r -> new Practice.Reaction(r.id(),
                        r.author() == null ? "" : names.getOrDefault(r.author(), ""), r.body(), r.writtenAt(),
                        me.equals(r.author()))).toList(),
                row.usedCount(), me.equals(row.author()), store.usedBy(id, me),
                store.latestRequestStatus(id, me));
    }

    /** Up to five practices like this one (shared stems and tags), of those I may see. */
    @PreAuthorize("hasAnyRole('PARTICIPANT', 'COACH')")
    public List<PracticeSummary> similar(long id) {
        KnowledgeStore.Reader reader = readers.current();
        KnowledgeStore.PracticeRow row = store.findReadable(reader, id).orElseThrow(NotFoundException::new);
        return readers.summaries(store, store.similar(reader, id, DutchText.characteristicTerms(row.searchText(), 12), SIMILAR));
    }

    /** A short reaction under a practice I may read. */
    @PreAuthorize("hasAnyRole('PARTICIPANT', 'COACH')")
    @Transactional
    public void react(long id, String body) {
        readable(id);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new DomainException("knowledge.reaction.required");
        }
        if (text.length() > REACTION_MAX) {
            throw new DomainException("knowledge.reaction.tooLong", REACTION_MAX);
        }
        store.addReaction(id, currentUser.id(), text, clock.instant());
    }

    /** "Dit heb ik gebruikt", once per person and not on my own practice; returns the new count. */
    @PreAuthorize("hasAnyRole('PARTICIPANT', 'COACH')")
    @Transactional
    public int markUsed(long id) {
        KnowledgeStore.PracticeRow row = readable(id);
        if (currentUser.id().equals(row.author())) {
            throw new DomainException("knowledge.used.own");
        }
        boolean added = store.markUsed(id, currentUser.id(), clock.instant());
        return row.usedCount() + (added ? 1 : 0);
    }

    @PreAuthorize("hasAnyRole('PARTICIPANT', 'COACH')")
    @Transactional
    public int unmarkUsed(long id) {
        KnowledgeStore.PracticeRow row = readable(id);
        boolean removed = store.unmarkUsed(id, currentUser.id());
        return Math.max(0, row.usedCount() - (removed ? 1 : 0));
    }

    /** An attachment of a practice I may read. */
    @PreAuthorize("hasAnyRole('PARTICIPANT', 'COACH')")
    public AttachmentContent attachment(long practice, long attachment) {
        readable(practice);
        return store.attachment(practice, attachment).orElseThrow(NotFoundException::new);
    }

    private KnowledgeStore.PracticeRow readable(long id) {
        KnowledgeStore.PracticeRow row = store.findReadable(readers.current(), id).orElseThrow(NotFoundException::new);
        if (row.status() != PracticeStatus.PUBLISHED) {
            throw new NotFoundException(); // my own withdrawn practice is read, not reacted to
        }
        return row;
    }
}
