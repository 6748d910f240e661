package nl.kopgroep.management;

import java.time.LocalDate;
import java.time.Month;

/**
 * The moments of the planning-and-control cycle a report is made for, each with the period it
 * looks back on: the voorjaarsnota on the first quarter, the bestuursrapportage on the first eight
 * months, the jaarrekening on the whole year; or the twelve months up to any date.
 */
public enum PlanningMoment {
    VOORJAARSNOTA,
    BESTUURSRAPPORTAGE,
    JAARREKENING,
    DATE;

    /** The first day of the period for this moment in {@code year}, or before {@code date} for DATE. */
    public LocalDate from(int year, LocalDate date) {
        return this == DATE ? date.minusYears(1).plusDays(1) : LocalDate.of(year, Month.JANUARY, 1);
    }

    /** The reference date: the last day the report covers. */
    public LocalDate to(int year, LocalDate date) {
        return switch (this) {
            case VOORJAARSNOTA -> LocalDate.of(year, Month.MARCH, 31);
            case BESTUURSRAPPORTAGE -> LocalDate.of(year, Month.AUGUST, 31);
            case JAARREKENING -> LocalDate.of(year, Month.DECEMBER, 31);
            case DATE -> date;
        };
    }
}
