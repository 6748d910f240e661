package nl.kopgroep.goals;

/** Op koers, aandacht nodig, uit koers — in that order from good to bad. */
public enum GoalStatus {
    ON_TRACK, ATTENTION, OFF_TRACK;

    public boolean worseThan(GoalStatus other) {
        return ordinal() > other.ordinal();
    }
}
