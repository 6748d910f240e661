package nl.kopgroep.sessions;

import java.util.Locale;

/** What kind of session it is. */
public enum SessionKind {
    WORKSHOP, INTERVISIE, ROLMODELGESPREK, CASUSWORKSHOP, TERUGKOMDAG;

    public String labelKey() {
        return "sessions.kind." + name().toLowerCase(Locale.ROOT);
    }
}
