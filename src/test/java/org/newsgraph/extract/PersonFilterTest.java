package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonFilterTest {

    @Test
    void worldPlaceInLocalSpellingIsNotAPerson() {
        var f = ExtractFixture.of("Prime Minister Tran Quoc Binh received the delegation in Hà Nội on Monday. "
                + "Investors see Việt Nam as a hub, Binh said.");
        assertFalse(f.persons().contains("Hà Nội"), f.toString());
        assertFalse(f.persons().contains("Việt Nam"), f.toString());
        assertTrue(f.persons().stream().anyMatch(n -> n.endsWith("Binh")), f.toString());
    }

    @Test
    void qualifiedPlaceNameIsNotAPersonEvenAfterATitle() {
        var f = ExtractFixture.of("The governor of Alto Paraná, Rosa Benítez Acosta, met the mayor of Upper Nile on Monday.");
        assertFalse(f.persons().contains("Alto Paraná"), f.toString());
        assertTrue(f.persons().contains("Rosa Benítez Acosta"), f.toString());
    }

    @Test
    void administrativeAreaBeforeATitleIsNotAPerson() {
        var f = ExtractFixture.of("Plateau State Governor, Bitrus Danjuma, met farmers on Monday.");
        assertFalse(f.persons().contains("Plateau State"), f.toString());
        assertTrue(f.persons().contains("Bitrus Danjuma"), f.toString());
    }

    @Test
    void ordinaryTwoWordNameIsKept() {
        var f = ExtractFixture.of("Lower house speaker Nam Hoang Long met Vu Thi Lan in the capital on Monday.");
        assertTrue(f.persons().containsAll(List.of("Nam Hoang Long", "Vu Thi Lan")), f.toString());
    }
}
