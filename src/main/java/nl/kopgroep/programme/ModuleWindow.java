package nl.kopgroep.programme;

import java.time.LocalDate;

/** A module's window for one cohort: the programme's default, or shifted by the admin. */
public record ModuleWindow(String moduleKey, String moduleTitle, int defaultFrom, int defaultTo, int from, int to,
                           LocalDate opens, LocalDate closes) {

    public boolean shifted() {
        return from != defaultFrom || to != defaultTo;
    }
}
