package nl.kopgroep.scan;

import java.util.List;
import nl.kopgroep.programme.Competency;
import org.jspecify.annotations.Nullable;

/** A participant's scores over the closed rounds, per competency, self beside coach. */
public record Growth(List<Competency> competencies, List<Integer> rounds, List<Point> points) {

    public record Point(String competency, int round, @Nullable Integer self, @Nullable Integer coach) {
    }

    public boolean empty() {
        return rounds.isEmpty();
    }
}
