package nl.kopgroep.knowledge;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.organisation.CohortService;
import nl.kopgroep.organisation.OrganisationDirectory;
import nl.kopgroep.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The signed-in reader for the store's visibility rule, and names put to the ids the store returns. Used only by
 * the kennisbank's services, after their own {@code @PreAuthorize}.
 */
@Component
class KnowledgeReaders {

    private final CurrentUser currentUser;
    private final CohortService cohorts;
    private final OrganisationDirectory directory;

    KnowledgeReaders(CurrentUser currentUser, CohortService cohorts, OrganisationDirectory directory) {
        this.currentUser = currentUser;
        this.cohorts = cohorts;
        this.directory = directory;
    }

    KnowledgeStore.Reader current() {
        return new KnowledgeStore.Reader(currentUser.id(), currentUser.organisationId(), cohorts.myCohortIds());
    }

    Map<UserId, String> names(Collection<UserId> people) {
        return directory.displayNames(people);
    }

    Map<OrganisationId, String> municipalities(Collection<OrganisationId> ids) {
        return directory.organisationNames(ids);
    }

    Map<UserId, OrganisationId> homes(Collection<UserId> people) {
        return directory.homeOrganisations(people);
    }

    Map<UserId, String> emails(Collection<UserId> people) {
        return directory.emails(people);
    }

    /** Hits with names and tags: three statements whatever their number. */
    List<PracticeSummary> summaries(KnowledgeStore store, List<KnowledgeStore.Hit> hits) {
        if (hits.isEmpty()) {
            return List.of();
        }
        Set<UserId> authors = hits.stream().map(KnowledgeStore.Hit::author).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<UserId, String> names = names(authors);
        Map<OrganisationId, String> municipalities = municipalities(
                hits.stream().map(KnowledgeStore.Hit::organisation).collect(Collectors.toSet()));
        Map<Long, PracticeTags> tags = store.tags(hits.stream().map(KnowledgeStore.Hit::id).toList());
        return hits.stream().map(hit -> new PracticeSummary(hit.id(), hit.title(),
                hit.author() == null ? "" : names.getOrDefault(hit.author(), ""),
                municipalities.getOrDefault(hit.organisation(), ""), hit.sharing(), hit.status(), hit.publishedAt(),
                hit.usedCount(), hit.excerpt(), tags.get(hit.id()))).toList();
    }
}
