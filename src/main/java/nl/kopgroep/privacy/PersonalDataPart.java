package nl.kopgroep.privacy;

import java.time.Instant;
import java.util.Map;

/**
 * One feature's share of the personal data about a person, implemented in the feature that owns the
 * tables (a feature never reads another's tables). {@link MyDataService} collects the parts for the
 * person's own download, {@link ErasureService} and the retention job for erasure.
 *
 * <p>{@link #exportMine} is the person's own request: implementations carry {@code @PreAuthorize} and
 * read only the signed-in person's data. {@link #erasureCounts}, {@link #erase} and {@link #applyRetention}
 * answer for any person, like a feature's directory: only the erasure service (after it has authorised
 * an administrator) and the retention job call them, never a view.
 */
public interface PersonalDataPart {

    /**
     * When this part is erased: parts of features higher in the chain first (notifications before the
     * journal, the journal before goals), the account itself last.
     */
    int erasureOrder();

    /** Adds the signed-in person's data of this feature to their download. */
    void exportMine(PersonalDataExport export);

    /** What erasing the person removes or anonymises here: kind (i18n key suffix) → number of rows. */
    Map<String, Long> erasureCounts(ErasureSubject person);

    /** Removes the person's data here, or takes their id and name off what belongs to someone else's record. */
    void erase(ErasureSubject person);

    /** Removes what is older than the installation keeps (e.g. drafts); returns the rows removed. */
    default int applyRetention(RetentionSettings settings, Instant now) {
        return 0;
    }
}
