package nl.kopgroep.scan;

import nl.kopgroep.base.UserId;
import org.jspecify.annotations.Nullable;

/** One of my coachees and the latest open round of their scan as I, their coach, see it (null before the first). */
public record CoacheeScan(UserId participant, String name, @Nullable ScanRound current) {

    /** The coach's score is awaited: the round is open and the coach has not submitted. */
    public boolean awaitingMe() {
        return current != null && current.status() == RoundStatus.OPEN;
    }
}
