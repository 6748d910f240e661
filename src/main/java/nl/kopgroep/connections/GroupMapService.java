package nl.kopgroep.connections;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kopgroep.base.UserId;
import nl.kopgroep.organisation.OrganisationDirectory;
import nl.kopgroep.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members of a cohort (participants and its coaches) read the maps their fellow participants shared with
 * the group, read only and without goals or commitments. A participant who left stops showing.
 */
@Service
@PreAuthorize("hasAnyRole('PARTICIPANT', 'COACH')")
@Transactional
public class GroupMapService {

    private final MapAccess access;
    private final MapPages pages;
    private final OrganisationDirectory directory;
    private final CurrentUser currentUser;
    private final Clock clock;

    GroupMapService(MapAccess access, MapPages pages, OrganisationDirectory directory, CurrentUser currentUser,
                    Clock clock) {
        this.access = access;
        this.pages = pages;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The maps fellow members of my cohorts share with the group. */
    @PreAuthorize("hasAnyRole('PARTICIPANT', 'COACH')")
    @Transactional(readOnly = true)
    public List<SharedMap> sharedWithGroup() {
        Set<UserId> fellows = new java.util.HashSet<>(access.activeInMyCohorts());
        fellows.remove(currentUser.id());
        List<MapStore.MapRow> maps = access.groupMapsOf(fellows);
        Map<UserId, String> names = directory.displayNames(maps.stream().map(MapStore.MapRow::participant).toList());
        return maps.stream().map(m -> new SharedMap(m.participant(), names.getOrDefault(m.participant(), ""),
                m.visibility(), m.updatedAt())).sorted(Comparator.comparing(SharedMap::name)).toList();
    }

    /** A fellow member's map shared with the group; the read is logged. */
    @PreAuthorize("hasAnyRole('PARTICIPANT', 'COACH')")
    public MapPage mapOf(UserId participant) {
        MapStore.MapRow map = access.asCohortMember(participant);
        pages.recordRead(map, currentUser.id(), clock.instant());
        return pages.withoutGoals(map, pages.name(participant));
    }
}
