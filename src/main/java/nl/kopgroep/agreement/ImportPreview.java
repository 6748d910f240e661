package nl.kopgroep.agreement;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an import would do, before anything is saved: the document when the file is valid, or every
 * problem with its line; and which commitments of the current agreement would disappear.
 */
public record ImportPreview(@Nullable AgreementDocument document, List<ImportProblem> problems,
                            List<String> removedCommitments, List<String> changedCommitments) {

    public boolean valid() {
        return document != null && problems.isEmpty();
    }
}
