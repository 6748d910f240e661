package nl.kopgroep.e2e;

/**
 * The properties of the one other application context of the browser tests: the installation's defaults where the
 * shared test context changes them. Test classes that name exactly these (in this order) share that context.
 */
final class SecondContext {

    /** The installation default: administrators and managers must use a second factor. */
    static final String MFA_FOR_ADMIN_AND_MANAGER = "kopgroep.security.mfa.required-roles=ADMIN,MANAGER";
    /** As in ./mvnw spring-boot:run: Lindendal signs in through the demo's own provider (on a free port here). */
    static final String DEMO_PROVIDER_ON_ANY_PORT = "kopgroep.demo.identity-provider.port=0";

    private SecondContext() {
    }
}
