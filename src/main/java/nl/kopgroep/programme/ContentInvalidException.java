package nl.kopgroep.programme;

import java.util.List;

/** The content tree has problems; the application does not start on it. */
class ContentInvalidException extends RuntimeException {

    private final transient List<ContentProblem> problems;

    ContentInvalidException(List<ContentProblem> problems) {
        super(problems.size() + " problem(s) in the programme content");
        this.problems = List.copyOf(problems);
    }

    List<ContentProblem> problems() {
        return problems;
    }
}
