package nl.kopgroep.balance;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.Quarter;
import nl.kopgroep.base.RoleTally;
import nl.kopgroep.base.UserId;
import nl.kopgroep.connections.CoacheeMapService;
import nl.kopgroep.goals.CoacheeGoalService;
import nl.kopgroep.goals.GoalRoleTallies;
import nl.kopgroep.journal.EntryReadingService;
import nl.kopgroep.organisation.CohortService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coach reads the balance of one of their own coachees: all goals and check-ins (a coach sees those),
 * and only the journal entries shared with the coach or the group — a private entry changes nothing,
 * not even a count — and the ties of a map shared with the coach (a private map counts nothing). Anyone
 * else is not found.
 */
@Service
@PreAuthorize("hasRole('COACH')")
@Transactional(readOnly = true)
public class CoachBalanceService {

    private final CohortService cohorts;
    private final CoacheeGoalService goals;
    private final EntryReadingService entries;
    private final CoacheeMapService maps;
    private final Clock clock;

    CoachBalanceService(CohortService cohorts, CoacheeGoalService goals, EntryReadingService entries,
                        CoacheeMapService maps, Clock clock) {
        this.maps = maps;
        this.cohorts = cohorts;
        this.goals = goals;
        this.entries = entries;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public CoacheeBalance balanceOf(UserId participant) {
        String name = cohorts.myCoachees().stream().filter(c -> c.person().id().equals(participant))
                .map(c -> c.person().displayName()).findFirst().orElseThrow(NotFoundException::new);
        Quarter now = BalancePeriod.current(clock);
        Quarter first = now.plus(1 - BalancePeriod.QUARTERS);
        GoalRoleTallies goalTallies = goals.roleTalliesOf(participant, first);
        Map<BalanceSource, List<RoleTally>> tallies = new EnumMap<>(BalanceSource.class);
        tallies.put(BalanceSource.GOALS, goalTallies.goals());
        tallies.put(BalanceSource.CHECK_INS, goalTallies.checkIns());
        tallies.put(BalanceSource.ENTRIES, entries.sharedRoleTallies(participant, first));
        tallies.put(BalanceSource.TIES, maps.roleTalliesOf(participant, first));
        return new CoacheeBalance(participant, name, RoleBalance.of(first, now, tallies));
    }
}
