package nl.kopgroep.programme;

import java.nio.file.Path;
import nl.kopgroep.base.Messages;

/**
 * Command-line content checker: {@code ContentCheck [content-folder]} prints every problem as
 * {@code file:line: message} and exits 1 when there are any.
 */
public final class ContentCheck {

    private ContentCheck() {
    }

    public static void main(String[] args) {
        Path root = Path.of(args.length > 0 ? args[0] : "content");
        ContentReader.Result result = ContentReader.read(root);
        result.problems().forEach(problem -> System.out.println(root.resolve(problem.file()) + ":" + problem.line()
                + ": " + problem.message(Messages.DUTCH)));
        if (result.valid()) {
            var programme = result.programme();
            int lessons = programme.modules().stream().mapToInt(m -> m.lessons().size()).sum();
            System.out.println("Inhoud in orde: " + programme.modules().size() + " modules, " + lessons + " lessen.");
            System.exit(0);
        }
        System.out.println(result.problems().size() + " probleem/problemen gevonden.");
        System.exit(1);
    }
}
