package nl.kopgroep.management;

import java.util.List;
import nl.kopgroep.agreement.AgreementDocument.Indicator;

/** A theme of the agreement with the progress of its commitments, and the indicators that measure them. */
public record ThemeProgress(String code, String title, List<CommitmentProgress> commitments,
                            List<AmbitionText> ambitions) {

    /** An ambition with its commitments' titles and indicators: "wat willen we bereiken". */
    public record AmbitionText(String code, String title, List<CommitmentText> commitments) {
    }

    public record CommitmentText(String code, String title, List<Indicator> indicators) {
    }

    public CommitmentProgress.StatusCounts status() {
        return CommitmentProgress.StatusCounts.of(commitments.stream().flatMap(c -> c.goals().stream()).distinct().toList());
    }

    public long gaps() {
        return commitments.stream().filter(CommitmentProgress::gap).count();
    }
}
