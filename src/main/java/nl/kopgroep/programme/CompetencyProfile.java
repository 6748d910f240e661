package nl.kopgroep.programme;

import java.util.List;

/**
 * A competency of the programme's framework as everyone may read it (issue 14): what it is, and four levels of
 * observable behaviour from noticing and trying to setting the tone.
 */
public record CompetencyProfile(String code, String name, String description, List<Level> levels) {

    public CompetencyProfile {
        levels = List.copyOf(levels);
    }

    /** Level 1 to 4, its name and its behavioural indicators. */
    public record Level(int number, String name, List<String> indicators) {

        public Level {
            indicators = List.copyOf(indicators);
        }
    }
}
