package nl.kopgroep.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Erasing a person through every feature's part, in chain order (the account last), inside the
 * caller's transaction. Used by {@link ErasureService} after it has authorised an administrator, and by
 * the retention job; never by a view.
 */
@Component
class Erasure {

    private final List<PersonalDataPart> parts;

    Erasure(List<PersonalDataPart> parts) {
        this.parts = parts.stream().sorted(Comparator.comparingInt(PersonalDataPart::erasureOrder)).toList();
    }

    List<ErasureItem> counts(ErasureSubject person) {
        List<ErasureItem> items = new ArrayList<>();
        parts.forEach(part -> part.erasureCounts(person).forEach((kind, count) -> items.add(new ErasureItem(kind, count))));
        return items;
    }

    void erase(ErasureSubject person) {
        parts.forEach(part -> part.erase(person));
    }

    List<PersonalDataPart> parts() {
        return parts;
    }
}
