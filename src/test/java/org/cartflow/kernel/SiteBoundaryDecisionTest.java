package org.cartflow.kernel;

import static org.cartflow.kernel.SiteBoundary.Verdict.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The site boundary's decision as a plain function (issue 20 item 5), both ways and at the reason's length. */
class SiteBoundaryDecisionTest {

    private static final Set<String> A = Set.of("site-a");
    private static final Set<String> PHYSICIAN = Set.of("physician");

    @Test
    void ownSiteAndAbsentRecordsPass() {
        assertEquals(PASS, SiteBoundary.decide("site-a", A, "POST", Set.of("nurse"), null));
        assertEquals(PASS, SiteBoundary.decide(null, A, "GET", Set.of("nurse"), null));
        assertEquals(PASS, SiteBoundary.decide("site-b", Set.of("site-a", "site-b"), "PUT", Set.of("coordinator"), null));
    }

    @Test
    void anotherSiteIsHiddenUnlessAPhysicianReadsWithAReason() {
        assertEquals(HIDE, SiteBoundary.decide("site-b", A, "GET", PHYSICIAN, null));
        assertEquals(HIDE, SiteBoundary.decide("site-b", Set.of(), "GET", PHYSICIAN, null));
        assertEquals(HIDE, SiteBoundary.decide("site-b", A, "GET", Set.of("nurse", "coordinator"), "a long enough reason"));
        assertEquals(HIDE, SiteBoundary.decide("site-b", A, "POST", PHYSICIAN, "a long enough reason"));
        assertEquals(BREAK_GLASS, SiteBoundary.decide("site-b", A, "GET", PHYSICIAN, "a long enough reason"));
    }

    @Test
    void theReasonNeedsTenCharactersBesidesBlanks() {
        assertEquals(REASON_TOO_SHORT, SiteBoundary.decide("site-b", A, "GET", PHYSICIAN, "  123456789  "));
        assertEquals(BREAK_GLASS, SiteBoundary.decide("site-b", A, "GET", PHYSICIAN, "1234567890"));
    }
}
