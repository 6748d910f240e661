package nl.kopgroep.goals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.ReportingPeriod;
import nl.kopgroep.base.UserId;
import nl.kopgroep.organisation.CohortService;
import nl.kopgroep.organisation.OrganisationDirectory;
import nl.kopgroep.programme.Competency;
import nl.kopgroep.programme.ProgrammeService;
import nl.kopgroep.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The check-in history of a goal, for everyone who may see the goal: its owner, the owner's coaches,
 * and the managers of the organisation when it is a WORK goal.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class GoalHistoryService {

    private final GoalHistoryStore store;
    private final GoalAccess access;

    GoalHistoryService(GoalHistoryStore store, GoalAccess access) {
        this.store = store;
        this.access = access;
    }

    /**
     * The check-ins of a goal, newest first: for its owner and their coaches, and for the managers
     * of the organisation when it is a WORK goal (a LEARNING goal looks like a missing one to them).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CheckInRecord> history(long goal) {
        return store.history(access.readable(goal).id());
    }
}
