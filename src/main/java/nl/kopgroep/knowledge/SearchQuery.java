package nl.kopgroep.knowledge;

import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.OrganisationId;
import org.jspecify.annotations.Nullable;

/** What the reader searches for: words (may be empty) and at most one value per filter. */
public record SearchQuery(String text, @Nullable String theme, @Nullable MunicipalRole role,
                          @Nullable String competency, @Nullable OrganisationId municipality) {

    public SearchQuery {
        text = text == null ? "" : text.strip();
    }

    public static SearchQuery words(String text) {
        return new SearchQuery(text, null, null, null, null);
    }
}
