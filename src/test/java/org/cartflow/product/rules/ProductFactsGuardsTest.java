package org.cartflow.product.rules;

import static org.cartflow.kernel.GuardAssert.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cartflow.product.DoseRange;
import org.cartflow.product.ProductBag;
import org.cartflow.product.ProductShipment;
import org.cartflow.product.StorageExcursion;
import org.cartflow.product.StorageReading;
import org.cartflow.rules.LabelProfiles;
import org.junit.jupiter.api.Test;

/** STO-1, STO-2, STO-3 and DOSE-1 as transition guards over their facts, at each threshold. Plain JUnit. */
class ProductFactsGuardsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);
    private static final DoseRange RANGE = DoseRange.of(new LabelProfiles().get("abecma-jp-2023-12-06"));

    @Test
    void dose1TheCertificatesDoseWithinTheProfilesRange() {
        var g = new CertificateDoseGuard(new LabelProfiles());
        assertEquals(List.of(), ids(g, dose("280")));
        assertEquals(List.of(), ids(g, dose("540")));
        assertEquals(List.of("DOSE-1"), ids(g, dose("279.9")));
        assertEquals(List.of("DOSE-1"), ids(g, dose("540.1")));
        assertEquals(List.of("STO-3"), ids(g, new CertificateDoseGuard.Facts(1L, false, null, RANGE)), "no certificate");
    }

    private static CertificateDoseGuard.Facts dose(String e6) {
        return new CertificateDoseGuard.Facts(1L, true, new BigDecimal(e6), RANGE);
    }

    @Test
    void sto2UsableThroughTheExpiryDay() {
        var g = new WithinExpiryGuard();
        assertEquals(List.of(), ids(g, new WithinExpiryGuard.Facts(TODAY, TODAY)));
        assertEquals(List.of("STO-2"), ids(g, new WithinExpiryGuard.Facts(TODAY.minusDays(1), TODAY)));
        assertEquals(List.of(), ids(g, new WithinExpiryGuard.Facts(null, TODAY)), "not received: nothing to judge");
    }

    private static ProductShipment stored() {
        ProductShipment s = new ProductShipment();
        s.storedAt = Instant.parse("2026-03-30T01:00:00Z");
        return s;
    }

    private static StorageReading reading(String celsius) {
        StorageReading r = new StorageReading();
        r.temperatureC = new BigDecimal(celsius);
        return r;
    }

    private static ProductBag bag(ProductBag.State state) {
        ProductBag b = new ProductBag();
        b.state = state;
        return b;
    }

    @Test
    void sto1StoredAtMinus130OrColderWithoutAnUndecidedExcursion() {
        var g = new KeptFrozenGuard();
        List<ProductBag> bags = List.of(bag(ProductBag.State.STORED));
        assertEquals(List.of(), ids(g, new KeptFrozenGuard.Facts(stored(), null, reading("-130"), bags)));
        assertEquals(List.of("STO-1"), ids(g, new KeptFrozenGuard.Facts(stored(), null, reading("-129.9"), bags)));
        assertEquals(List.of("STO-1"), ids(g, new KeptFrozenGuard.Facts(new ProductShipment(), null, null, bags)),
                "received, not yet in storage");
        StorageExcursion open = new StorageExcursion();
        open.id = 3L;
        assertEquals(List.of("STO-1"), ids(g, new KeptFrozenGuard.Facts(stored(), open, null, bags)));
        assertEquals(List.of("STO-1"), ids(g, new KeptFrozenGuard.Facts(stored(), null, null,
                List.of(bag(ProductBag.State.DISCARDED), bag(ProductBag.State.DISCARDED)))), "nothing left to use");
        assertEquals(List.of(), ids(g, new KeptFrozenGuard.Facts(stored(), null, null,
                List.of(bag(ProductBag.State.DISCARDED), bag(ProductBag.State.INFUSED)))));
        assertEquals(List.of("STO-1"), ids(g, new KeptFrozenGuard.Facts(null, null, null, List.of())), "no receipt");
    }
}
