package nl.kopgroep.load;

import java.util.List;
import java.util.Random;

/**
 * One virtual user's own state beside Gatling's session: who it is, the UI of the page it has open, what it picked on
 * the way, and the server time of its current journey. Kept in the session under {@code "visitor"}; a virtual user
 * runs its steps one after another, so no locking.
 */
public final class Visitor {

    final String persona;
    final String email;
    final Random random;
    VaadinUi ui;
    /** A step failed: the rest of this journey is skipped and the next one starts from a fresh page. */
    boolean broken;
    boolean signedIn;
    long journeyMillis;
    /** Journeys begun, to make every typed text new (the editor saves only what changed). */
    int journeys;
    String error;
    String pick;
    String pdf;
    int tries;

    Visitor(String persona, String email, long seed) {
        this.persona = persona;
        this.email = email;
        this.random = new Random(seed);
    }

    VaadinUi ui() {
        if (ui == null) {
            throw new IllegalStateException("no page open");
        }
        return ui;
    }

    /** One of the first {@code limit} items, at random (so users spread over lessons, entries, goals). */
    <T> T oneOf(List<T> items, int limit) {
        if (items.isEmpty()) {
            throw new IllegalStateException("nothing to choose from on the page" + (ui == null ? "" : ui.tree().lastTexts()));
        }
        return items.get(random.nextInt(Math.min(limit, items.size())));
    }
}
