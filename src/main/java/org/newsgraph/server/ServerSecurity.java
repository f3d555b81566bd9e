package org.newsgraph.server;

import java.util.List;
import org.eclipse.jetty.ee10.servlet.security.ConstraintMapping;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.Constraint;
import org.eclipse.jetty.security.DefaultIdentityService;
import org.eclipse.jetty.security.HashLoginService;
import org.eclipse.jetty.security.IdentityService;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;

/**
 * Builds the Jetty security handler that puts HTTP basic authentication in front of the server.
 * Every path needs a known user, except {@code /$/ping}; write endpoints and Fuseki's
 * administration paths need role {@value NewsGraphServer#ADMIN_ROLE}. Fuseki's per-endpoint policy
 * checks the same again for the write endpoints, so a mistake in one layer does not open writes.
 */
final class ServerSecurity {
    static final String REALM = "NewsGraph";

    /** Fuseki administration paths; this server does not serve them, but they stay closed. */
    private static final List<String> ADMIN_PATHS = List.of(
            "/$/datasets/*", "/$/backup/*", "/$/backups/*", "/$/backups-list/*", "/$/tasks/*",
            "/$/compact/*", "/$/reload/*", "/$/logs/*", "/$/sleep/*", "/$/metrics/*");

    private ServerSecurity() {}

    static ConstraintSecurityHandler create(PasswordFile users, String datasetName, boolean allowUpdate) {
        ConstraintSecurityHandler handler = new ConstraintSecurityHandler();
        IdentityService identities = new DefaultIdentityService();
        HashLoginService login = new HashLoginService(REALM);
        login.setUserStore(users.userStore());
        login.setIdentityService(identities);
        handler.setIdentityService(identities);
        handler.setLoginService(login);
        handler.setAuthenticator(new BasicAuthenticator());
        handler.setRealmName(REALM);

        add(handler, "/*", Constraint.ANY_USER);
        add(handler, "/$/ping", Constraint.ALLOWED);
        Constraint admin = Constraint.from("admin", Constraint.Authorization.SPECIFIC_ROLE, NewsGraphServer.ADMIN_ROLE);
        ADMIN_PATHS.forEach(path -> add(handler, path, admin));
        if (allowUpdate) {
            for (String endpoint : NewsGraphServer.WRITE_ENDPOINTS) {
                add(handler, "/" + datasetName + "/" + endpoint + "/*", admin);
            }
        }
        return handler;
    }

    private static void add(ConstraintSecurityHandler handler, String pathSpec, Constraint constraint) {
        ConstraintMapping mapping = new ConstraintMapping();
        mapping.setPathSpec(pathSpec);
        mapping.setConstraint(constraint);
        handler.addConstraintMapping(mapping);
    }
}
