/**
 * The verbindingskaart (connection map): a participant's actors and ties, the analysis that teaches
 * (brokerage, goals on a single tie, horizontal working, regie/verbinden balance), half-yearly snapshots
 * and the conversation with the coach. Sits between the journal and goals in the feature chain.
 */
@NullMarked
package nl.kopgroep.connections;

import org.jspecify.annotations.NullMarked;
