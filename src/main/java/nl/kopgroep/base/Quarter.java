package nl.kopgroep.base;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A calendar quarter: the period of the four-roles balance (moments as stored, in UTC). */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    /** The first moment of the quarter, for SQL on UTC columns. */
    public LocalDateTime start() {
        return firstDay().atStartOfDay();
    }

    public Quarter plus(int quarters) {
        int index = year * 4 + quarter - 1 + quarters;
        return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    public boolean isBefore(Quarter other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(year * 4 + quarter, other.year * 4 + other.quarter);
    }
}
