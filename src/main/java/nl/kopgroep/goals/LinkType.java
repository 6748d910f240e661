package nl.kopgroep.goals;

/** What a goal is linked to: a commitment of the coalition agreement (WORK) or a competency (LEARNING). */
enum LinkType {
    COMMITMENT, COMPETENCY
}
