/**
 * The kennisbank (issue 15): practices written in the After Action Review form, shared with the cohort, the
 * municipality or all municipalities of the installation, searched in Dutch (DD014), with reactions, "dit heb ik
 * gebruikt" marks and peer-assist requests to the author. One service per audience: the author ({@link
 * PracticeService}), the reader ({@link KnowledgeService}) and both sides of a peer assist ({@link PeerAssistService}).
 * Who may read a practice is decided in the SQL of {@code KnowledgeStore}, never after loading.
 */
@NullMarked
package nl.kopgroep.knowledge;

import org.jspecify.annotations.NullMarked;
