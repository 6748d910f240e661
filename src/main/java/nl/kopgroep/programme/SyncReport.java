package nl.kopgroep.programme;

import java.util.List;

/**
 * What a content sync changed. Lists hold lesson (or module) titles; an all-empty report means the
 * database already matched the files.
 */
public record SyncReport(List<String> lessonsAdded, List<String> lessonsChanged, List<String> lessonsMoved,
                         List<String> lessonsRetired, List<String> lessonsRevived, List<String> modulesAdded,
                         List<String> modulesChanged, List<String> modulesRetired, int lessonCount) {

    public boolean unchanged() {
        return lessonsAdded.isEmpty() && lessonsChanged.isEmpty() && lessonsMoved.isEmpty() && lessonsRetired.isEmpty()
                && lessonsRevived.isEmpty() && modulesAdded.isEmpty() && modulesChanged.isEmpty()
                && modulesRetired.isEmpty();
    }

    String summary() {
        return "lessons " + lessonCount + "; added " + lessonsAdded.size() + ", changed " + lessonsChanged.size()
                + ", moved " + lessonsMoved.size() + ", retired " + lessonsRetired.size() + ", revived "
                + lessonsRevived.size() + "; modules added " + modulesAdded.size() + ", changed "
                + modulesChanged.size() + ", retired " + modulesRetired.size();
    }
}
