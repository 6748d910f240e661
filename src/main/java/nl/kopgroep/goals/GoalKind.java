package nl.kopgroep.goals;

/** A WORK goal serves commitments of the coalition agreement; a LEARNING goal the participant's growth. */
public enum GoalKind {
    WORK, LEARNING
}
