package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsGraphException;

class PasswordFileTest {
    @TempDir
    Path dir;

    private Path write(String text) throws Exception {
        return Files.writeString(dir.resolve("passwords"), text);
    }

    @Test
    void readsUsersAndRoles() throws Exception {
        PasswordFile users = PasswordFile.read(write("""
                # comment

                alice: pw1, admin
                bob : pw2 , reader, admin
                carol: OBF:1v2j1uum1xtv1zej1zer1xtn1uvk1v1v
                """));
        assertEquals(Set.of("alice", "bob"), users.usersInRole("admin"));
        assertEquals(Set.of("bob"), users.usersInRole("reader"));
        assertTrue(users.userStore().getUserPrincipal("carol") != null);
    }

    @Test
    void malformedLineNamesFileAndLine() throws Exception {
        Path file = write("alice: pw1, admin\nno colon here\n");
        String message = assertThrows(NewsGraphException.class, () -> PasswordFile.read(file)).getMessage();
        assertTrue(message.contains(file.toString()) && message.contains("line 2"), message);
    }

    @Test
    void duplicateUserIsRefused() throws Exception {
        Path file = write("alice: pw1, admin\nalice: pw2\n");
        assertTrue(assertThrows(NewsGraphException.class, () -> PasswordFile.read(file)).getMessage()
                .contains("'alice' is defined twice"));
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        Path file = write("# nobody\n");
        assertTrue(assertThrows(NewsGraphException.class, () -> PasswordFile.read(file)).getMessage()
                .contains("no users"));
    }
}
