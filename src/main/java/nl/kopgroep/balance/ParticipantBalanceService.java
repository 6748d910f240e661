package nl.kopgroep.balance;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.kopgroep.base.Quarter;
import nl.kopgroep.base.RoleTally;
import nl.kopgroep.connections.ConnectionMapService;
import nl.kopgroep.goals.GoalRoleTallies;
import nl.kopgroep.goals.GoalService;
import nl.kopgroep.journal.JournalService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in participant's own four-roles balance: all their goals, check-ins, journal entries and map ties. */
@Service
@PreAuthorize("hasRole('PARTICIPANT')")
@Transactional(readOnly = true)
public class ParticipantBalanceService {

    private final GoalService goals;
    private final JournalService journal;
    private final ConnectionMapService maps;
    private final Clock clock;

    ParticipantBalanceService(GoalService goals, JournalService journal, ConnectionMapService maps, Clock clock) {
        this.goals = goals;
        this.journal = journal;
        this.maps = maps;
        this.clock = clock;
    }

    /** My balance over the last {@value BalancePeriod#QUARTERS} quarters, this one included. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public RoleBalance myBalance() {
        Quarter now = BalancePeriod.current(clock);
        Quarter first = now.plus(1 - BalancePeriod.QUARTERS);
        GoalRoleTallies goalTallies = goals.myRoleTallies(first);
        Map<BalanceSource, List<RoleTally>> tallies = new EnumMap<>(BalanceSource.class);
        tallies.put(BalanceSource.GOALS, goalTallies.goals());
        tallies.put(BalanceSource.CHECK_INS, goalTallies.checkIns());
        tallies.put(BalanceSource.ENTRIES, journal.myRoleTallies(first));
        tallies.put(BalanceSource.TIES, maps.myRoleTallies(first));
        return RoleBalance.of(first, now, tallies);
    }
}
