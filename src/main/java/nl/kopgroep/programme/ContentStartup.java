package nl.kopgroep.programme;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up: check the whole content tree and sync it. Broken content stops the start, and
 * {@link ContentFailureAnalyzer} prints every problem with its file and line.
 */
@Component
@Order(10)
class ContentStartup implements ApplicationRunner {

    private final ContentSync sync;
    private final Path contentRoot;

    ContentStartup(ContentSync sync, @Value("${kopgroep.content.dir:content}") String contentDir) {
        this.sync = sync;
        this.contentRoot = Path.of(contentDir);
    }

    @Override
    public void run(ApplicationArguments args) {
        ContentReader.Result result = ContentReader.read(contentRoot);
        if (!result.valid()) {
            throw new ContentInvalidException(result.problems());
        }
        sync.sync(result.programme(), "start-up");
    }
}
