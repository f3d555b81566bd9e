package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The link targets on the dev set's gold people (eval/dev). */
@Tag("slow")
class DevSetLinkTest {
    @Test
    void goldPeopleAreLinkedPreciselyAndUnknownPeopleNotAtAll() throws Exception {
        Path dev = Path.of("eval/dev");
        DevSetLinkEvaluation.Result r = DevSetLinkEvaluation.run(dev, new GazetteerLinker());
        assertTrue(r.precision() >= 0.9, "precision " + r.precision());
        assertTrue(r.right() >= 0.9 * r.goldWithQid(), r.right() + " of " + r.goldWithQid());
        long unknownLinked = r.lines().stream()
                .filter(l -> l.contains("Steve Witkoff") || l.contains("Karoline Leavitt"))
                .filter(l -> l.endsWith("LINKED")).count();
        assertEquals(0, unknownLinked);
    }
}
