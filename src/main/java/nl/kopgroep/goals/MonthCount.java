package nl.kopgroep.goals;

import java.time.YearMonth;

/** Check-ins on WORK goals in one month, and how many participants made them. */
public record MonthCount(YearMonth month, int checkIns, int participants) {
}
