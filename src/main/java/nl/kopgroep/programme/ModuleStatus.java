package nl.kopgroep.programme;

/** Where a module stands for a participant. */
public enum ModuleStatus {
    DONE, OPEN, UPCOMING, OVERDUE;

    public String labelKey() {
        return "moduleStatus." + name();
    }
}
