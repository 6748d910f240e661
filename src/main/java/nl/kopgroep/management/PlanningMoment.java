package nl.kopgroep.management;

import java.time.LocalDate;
import java.time.Month;

/**
 * The moments of the planning-and-control cycle a report is made for, each with the twelve months it
 * looks back on: the voorjaarsnota of a year up to 31 March of that year, the bestuursrapportage up to
 * 31 August, the jaarrekening the calendar year; or the twelve months up to any date.
 */
public enum PlanningMoment {
    VOORJAARSNOTA,
    BESTUURSRAPPORTAGE,
    JAARREKENING,
    DATE;

    /** The first day of the period: a year before the reference date. */
    public LocalDate from(int year, LocalDate date) {
        return to(year, date).minusYears(1).plusDays(1);
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
