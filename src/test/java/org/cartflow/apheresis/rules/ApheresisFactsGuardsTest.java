package org.cartflow.apheresis.rules;

import static org.cartflow.kernel.GuardAssert.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.cartflow.apheresis.ApheresisCollection;
import org.cartflow.apheresis.ChainOfIdentity;
import org.cartflow.apheresis.ColdChainShipment;
import org.cartflow.apheresis.ExcursionDecision;
import org.cartflow.apheresis.InfectionMarker;
import org.cartflow.apheresis.LeukapheresisConsent;
import org.cartflow.apheresis.TemperatureReading;
import org.junit.jupiter.api.Test;

/** APH-1, APH-2, APH-3, CONSENT-2 and AUTOLOGOUS-1 as transition guards over their facts, both ways. Plain JUnit. */
class ApheresisFactsGuardsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 10);
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    void aph1EveryMarkerOnFile() {
        var g = new InfectionScreeningOnFileGuard();
        assertEquals(List.of(), ids(g, new InfectionScreeningOnFileGuard.Facts(InfectionMarker.required())));
        for (InfectionMarker m : InfectionMarker.values()) {
            var onFile = EnumSet.allOf(InfectionMarker.class);
            onFile.remove(m);
            assertEquals(List.of("APH-1"), ids(g, new InfectionScreeningOnFileGuard.Facts(onFile)), m.name());
        }
    }

    private static LeukapheresisConsent consent(boolean written, boolean useExplained, LocalDate signedOn) {
        LeukapheresisConsent c = new LeukapheresisConsent();
        c.written = written;
        c.useOfCellsExplained = useExplained;
        c.signedOn = signedOn;
        return c;
    }

    @Test
    void consent2WrittenUseOfCellsExplainedNotDatedAfterToday() {
        var g = new LeukapheresisConsentGuard();
        assertEquals(List.of(), ids(g, new LeukapheresisConsentGuard.Facts(consent(true, true, TODAY), TODAY)));
        assertEquals(List.of("CONSENT-2"), ids(g, new LeukapheresisConsentGuard.Facts(consent(true, true,
                TODAY.plusDays(1)), TODAY)));
        assertEquals(List.of("CONSENT-2"), ids(g, new LeukapheresisConsentGuard.Facts(consent(false, true, TODAY), TODAY)));
        assertEquals(List.of("CONSENT-2"), ids(g, new LeukapheresisConsentGuard.Facts(consent(true, false, TODAY), TODAY)));
        assertEquals(List.of("CONSENT-2"), ids(g, new LeukapheresisConsentGuard.Facts(null, TODAY)));
    }

    private static ApheresisCollection collection(String coi, String din, boolean gcsf) {
        ApheresisCollection c = new ApheresisCollection();
        c.id = 5L;
        c.coiId = coi;
        c.din = din;
        c.gcsfBefore = gcsf;
        return c;
    }

    @Test
    void autologous1TheLatestCollectionCarriesTheCoursesIdentity() {
        var g = new CollectionChainOfIdentityGuard();
        var identity = new ChainOfIdentity.Identity("COI-1", List.of("A999926123456"));
        assertEquals(List.of(), ids(g, new CollectionChainOfIdentityGuard.Facts(1L,
                collection("COI-1", "A999926123456", false), identity)));
        assertEquals(List.of("AUTOLOGOUS-1"), ids(g, new CollectionChainOfIdentityGuard.Facts(1L,
                collection("COI-2", "A999926123456", false), identity)), "another patient's COI");
        assertEquals(List.of("AUTOLOGOUS-1"), ids(g, new CollectionChainOfIdentityGuard.Facts(1L,
                collection("COI-1", "A999926999999", false), identity)), "a DIN not of this course");
        assertEquals(List.of("AUTOLOGOUS-1"), ids(g, new CollectionChainOfIdentityGuard.Facts(1L, null, null)));
    }

    @Test
    void aph2ANonMobilizedCollection() {
        var g = new NonMobilizedCollectionGuard();
        assertEquals(List.of(), ids(g, new NonMobilizedCollectionGuard.Facts(collection("C", "D", false))));
        assertEquals(List.of("APH-2"), ids(g, new NonMobilizedCollectionGuard.Facts(collection("C", "D", true))));
        ApheresisCollection plerixafor = collection("C", "D", false);
        plerixafor.plerixaforBefore = true;
        assertEquals(List.of("APH-2"), ids(g, new NonMobilizedCollectionGuard.Facts(plerixafor)));
        assertEquals(List.of("APH-2"), ids(g, new NonMobilizedCollectionGuard.Facts(null)));
    }

    private static TemperatureReading reading(boolean excursion, ExcursionDecision decision) {
        TemperatureReading r = new TemperatureReading();
        r.id = 9L;
        r.celsius = new BigDecimal(excursion ? "9.0" : "5.0");
        r.measuredAt = Instant.parse("2026-02-10T03:00:00Z");
        r.excursion = excursion;
        r.decision = decision;
        return r;
    }

    @Test
    void aph3PackedAndEveryExcursionReleasedToManufacturing() {
        var g = new ColdChainKeptGuard();
        var c = collection("C", "D", false);
        var box = new ColdChainShipment();
        assertEquals(List.of(), ids(g, new ColdChainKeptGuard.Facts(c, box, List.of(reading(false, null)), TOKYO)));
        assertEquals(List.of(), ids(g, new ColdChainKeptGuard.Facts(c, box,
                List.of(reading(true, ExcursionDecision.RELEASE_TO_MANUFACTURING)), TOKYO)));
        assertEquals(List.of("APH-3"), ids(g, new ColdChainKeptGuard.Facts(c, box, List.of(reading(true, null)), TOKYO)));
        assertEquals(List.of("APH-3"), ids(g, new ColdChainKeptGuard.Facts(c, box,
                List.of(reading(true, ExcursionDecision.DO_NOT_USE)), TOKYO)));
        assertEquals(List.of("APH-3"), ids(g, new ColdChainKeptGuard.Facts(c, null, List.of(), TOKYO)), "not packed");
        assertEquals(List.of("APH-3"), ids(g, new ColdChainKeptGuard.Facts(null, null, List.of(), TOKYO)));
    }
}
