package nl.kopgroep.goals.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.kopgroep.agreement.AgreementService;

/** Titles of the commitments in force, by code, in the agreement's order. */
final class GoalTexts {

    private GoalTexts() {
    }

    static Map<String, String> commitmentTitles(AgreementService agreements) {
        Map<String, String> titles = new LinkedHashMap<>();
        agreements.current().ifPresent(agreement -> agreement.themes().forEach(theme -> theme.ambitions()
                .forEach(ambition -> ambition.commitments().forEach(c -> titles.put(c.code(), c.title())))));
        return titles;
    }
}
