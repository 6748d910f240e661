package nl.kopgroep.joint;

import java.util.List;
import nl.kopgroep.goals.GoalStatus;
import org.jspecify.annotations.Nullable;

/**
 * The joint programme's dashboard: per opgave the WORK goals linked to it, over all municipalities and per
 * municipality — figures only about at least five participants (DD009), never a name across the border — and the
 * reader's own municipality's goals in full, as its management sees them on its own dashboard.
 */
public record JointDashboard(JointProgrammeRef ref, String regieName, List<Opgave> opgaven) {

    public record Opgave(JointOpgave opgave, Figures total, List<Part> parts, List<OwnGoal> ownGoals) {
    }

    /** A municipality's part of an opgave; {@code own}: the reader's municipality. */
    public record Part(String municipality, boolean own, Figures figures) {
    }

    /** Counts about the linked goals; {@code shown} false when fewer than five participants (then all zero). */
    public record Figures(boolean shown, int people, int goals, int onTrack, int attention, int offTrack) {

        static Figures hidden() {
            return new Figures(false, 0, 0, 0, 0, 0);
        }
    }

    /** One of the reader's own municipality's goals, with its owner's name (inside the border). */
    public record OwnGoal(String title, String ownerName, @Nullable GoalStatus status, @Nullable Double keyResultProgress) {
    }
}
