package nl.kopgroep.organisation;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.ClassUtils;

/**
 * The demo's own OpenID Connect provider runs only where its library is on the class path (development and tests,
 * never the production jar) and its port is not switched off with {@code -}.
 */
class DemoIdentityProviderCondition implements Condition {

    static final String SERVER_CLASS = "no.nav.security.mock.oauth2.MockOAuth2Server";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String port = context.getEnvironment().getProperty(DemoIdentityProvider.PORT_PROPERTY, "");
        return !port.isBlank() && !port.strip().equals("-") && ClassUtils.isPresent(SERVER_CLASS, context.getClassLoader());
    }
}
