package nl.kopgroep;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * For tests that start a second, failing application in the test JVM: Vaadin's security set-up
 * replaces the JVM-wide security-context strategy, which would break the shared test context.
 * This puts the original back: after each test, and after the class for a test class that runs on a Spring context
 * of its own (its context is built before the first test's callbacks, so only the class-level ones see the
 * strategy from before).
 */
public class SecondApplicationStart implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SecondApplicationStart.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put("classStrategy", SecurityContextHolder.getContextHolderStrategy());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        SecurityContextHolderStrategy original = context.getStore(NAMESPACE).get("classStrategy", SecurityContextHolderStrategy.class);
        if (original != null) {
            SecurityContextHolder.setContextHolderStrategy(original);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put("strategy", SecurityContextHolder.getContextHolderStrategy());
        // A context of its own may be one an earlier test class built and another class's afterAll left without its
        // strategy (two classes sharing the same second context): each test runs with its own context's strategy.
        if (context.getTestClass().map(type -> AnnotatedElementUtils.hasAnnotation(type, SpringBootTest.class)).orElse(false)) {
            SpringExtension.getApplicationContext(context).getBeanProvider(VaadinAwareSecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SecurityContextHolderStrategy original = context.getStore(NAMESPACE).get("strategy", SecurityContextHolderStrategy.class);
        if (original != null) {
            SecurityContextHolder.setContextHolderStrategy(original);
        }
    }
}
