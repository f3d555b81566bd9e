package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.newsgraph.link.Roles.Concept;

class RolesTest {
    @Test
    void rolesAndPositionLabelsMeetInConcepts() {
        assertTrue(Roles.of("Minister of Foreign Affairs of Ukraine").contains(Concept.FOREIGN));
        assertTrue(Roles.of("foreign minister").contains(Concept.FOREIGN));
        assertTrue(Roles.of("Secretary of State").contains(Concept.FOREIGN));
        assertTrue(Roles.of("Secretary of State for Defence").contains(Concept.DEFENCE));
        assertFalse(Roles.of("Secretary of State for Defence").contains(Concept.FOREIGN));
        assertTrue(Roles.of("President of the French Republic").contains(Concept.HEAD_OF_STATE));
        assertEquals(EnumSet.of(Concept.VICE_PRESIDENT), Roles.of("Vice President"));
    }

    @Test
    void primeMinisterIsNotAnyMinister() {
        assertEquals(EnumSet.of(Concept.HEAD_OF_GOVERNMENT), Roles.of("prime minister"));
        assertTrue(Roles.of("deputy prime minister").contains(Concept.DEPUTY_HEAD_OF_GOVERNMENT));
    }

    @Test
    void localOfficesAreRecognised() {
        assertTrue(Roles.of("local councillor").contains(Concept.LOCAL));
        assertTrue(Roles.of("member of the municipal council of Tver").contains(Concept.LOCAL));
        assertTrue(Roles.of("mayor").contains(Concept.LOCAL));
    }
}
