package nl.kopgroep.sessions;

import nl.kopgroep.base.MunicipalRole;
import org.jspecify.annotations.Nullable;

/** The short form of a case for a casusworkshop: the situation, the question, which role of the municipality. */
public record CaseForm(String situation, String question, @Nullable MunicipalRole role) {
}
