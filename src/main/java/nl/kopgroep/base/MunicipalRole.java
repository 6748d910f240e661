package nl.kopgroep.base;

import java.util.Locale;

/** The four roles of a municipality (PRODUCT.md §3), a lens on goals and reflections. */
public enum MunicipalRole {
    RECHTMATIG, PRESTEREND, NETWERKEND, PARTICIPEREND;

    public String labelKey() {
        return "municipalRole." + name().toLowerCase(Locale.ROOT);
    }
}
