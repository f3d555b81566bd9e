package org.newsgraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.NewsGraphException;

/**
 * A user name and password for HTTP basic authentication at a NewsGraph server. The password comes
 * from a file or from the environment variable {@value #PASSWORD_ENV}, never from the command line,
 * where other users of the machine could read it. {@link #toString()} does not show the password.
 *
 * @param user     the user, e.g. one in role {@code admin} of the server's password file
 * @param password the password
 */
public record ServerCredentials(String user, String password) {
    /** The environment variable that may hold the password. */
    public static final String PASSWORD_ENV = "NEWSGRAPH_PASSWORD";

    public ServerCredentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.isBlank() || user.contains(":")) {
            throw new IllegalArgumentException("user must be non-blank and without ':': '" + user + "'");
        }
        if (password.isEmpty()) {
            throw new IllegalArgumentException("password of user '" + user + "' must not be empty");
        }
    }

    /**
     * The password from the first line of {@code passwordFile} (surrounding white space removed) if a
     * file is given, else from {@value #PASSWORD_ENV} in {@code env}.
     *
     * @throws NewsGraphException when the file cannot be read or is empty, or neither source is given
     */
    public static ServerCredentials resolve(String user, Path passwordFile, Map<String, String> env) {
        if (passwordFile != null) {
            return new ServerCredentials(user, readFirstLine(passwordFile));
        }
        String fromEnv = env.get(PASSWORD_ENV);
        if (fromEnv == null || fromEnv.isEmpty()) {
            throw new NewsGraphException("no password for user '" + user + "': give --password-file FILE"
                    + " (the password on its first line) or set the environment variable " + PASSWORD_ENV);
        }
        return new ServerCredentials(user, fromEnv);
    }

    private static String readFirstLine(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NewsGraphException("cannot read password file " + file + ": " + e, e);
        }
        String first = text.lines().findFirst().orElse("").strip();
        if (first.isEmpty()) {
            throw new NewsGraphException("password file " + file + " is empty: put the password on its first line");
        }
        return first;
    }

    /** The value of an HTTP {@code Authorization} header for these credentials. */
    String basicAuthorization() {
        String pair = user + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "ServerCredentials[user=" + user + ", password=***]";
    }
}
