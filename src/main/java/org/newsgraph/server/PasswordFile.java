package org.newsgraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.util.security.Credential;
import org.newsgraph.NewsGraphException;

/**
 * The users of a password file in Jetty's format, one per line: {@code user: password, role1, role2}.
 * Blank lines and lines starting with {@code #} are ignored. The password may be plain or one of
 * Jetty's encoded forms ({@code OBF:}, {@code MD5:}, {@code CRYPT:}); it cannot contain a comma.
 * Immutable; the file is read once.
 */
final class PasswordFile {
    private final Path file;
    private final Map<String, Entry> users;

    private record Entry(String password, Set<String> roles) {}

    private PasswordFile(Path file, Map<String, Entry> users) {
        this.file = file;
        this.users = users;
    }

    /**
     * Reads a password file.
     *
     * @throws NewsGraphException if the file cannot be read, a line is malformed (the message says
     *     file and line), a user appears twice, or there are no users
     */
    static PasswordFile read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NewsGraphException("cannot read password file " + file + ": " + e.getMessage(), e);
        }
        Map<String, Entry> users = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            parseLine(file, i + 1, lines.get(i).strip(), users);
        }
        if (users.isEmpty()) {
            throw new NewsGraphException("password file " + file + " defines no users");
        }
        return new PasswordFile(file, Map.copyOf(users));
    }

    private static void parseLine(Path file, int lineNo, String line, Map<String, Entry> users) {
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        int colon = line.indexOf(':');
        if (colon <= 0) {
            throw problem(file, lineNo, "expected 'user: password, role', found no 'user:'");
        }
        String user = line.substring(0, colon).strip();
        String[] parts = line.substring(colon + 1).split(",");
        String password = parts[0].strip();
        if (user.isEmpty() || password.isEmpty()) {
            throw problem(file, lineNo, "user name and password must not be empty");
        }
        Set<String> roles = new TreeSet<>();
        Arrays.stream(parts).skip(1).map(String::strip).filter(r -> !r.isEmpty()).forEach(roles::add);
        if (users.putIfAbsent(user, new Entry(password, Set.copyOf(roles))) != null) {
            throw problem(file, lineNo, "user '" + user + "' is defined twice");
        }
    }

    private static NewsGraphException problem(Path file, int lineNo, String message) {
        return new NewsGraphException("password file " + file + ", line " + lineNo + ": " + message);
    }

    /** The file these users came from. */
    Path file() {
        return file;
    }

    /** Names of the users that have {@code role}, sorted. */
    Set<String> usersInRole(String role) {
        Set<String> names = new TreeSet<>();
        users.forEach((name, entry) -> {
            if (entry.roles().contains(role)) {
                names.add(name);
            }
        });
        return names;
    }

    /** A started Jetty user store holding these users and their roles. */
    UserStore userStore() {
        UserStore store = new UserStore();
        users.forEach((name, entry) ->
                store.addUser(name, Credential.getCredential(entry.password()), entry.roles().toArray(String[]::new)));
        try {
            store.start();
        } catch (Exception e) {
            throw new NewsGraphException("cannot start the user store for " + file + ": " + e.getMessage(), e);
        }
        return store;
    }
}
