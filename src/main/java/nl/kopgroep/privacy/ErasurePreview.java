package nl.kopgroep.privacy;

import java.util.List;
import nl.kopgroep.base.UserId;

/** What the administrator confirms before erasing: the person and what goes, kind by kind. */
public record ErasurePreview(UserId person, String displayName, List<ErasureItem> items) {
}
