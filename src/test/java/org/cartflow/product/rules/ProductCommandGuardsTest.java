package org.cartflow.product.rules;

import static org.cartflow.kernel.GuardAssert.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cartflow.product.ProductLimits;
import org.junit.jupiter.api.Test;

/** The product receipt (AUTOLOGOUS-1, STO-2, STO-3, DOSE-1) and excursion release (STO-1) over their facts. */
class ProductCommandGuardsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void sto2NotPastItsExpiryDate() {
        var g = new CertificateReceiptGuard();
        assertEquals(List.of(), ids(g, receipt(List.of(), null, TODAY, ProductLimits.MIN_DOSE_E6)));
        assertEquals(List.of("STO-2"), ids(g, receipt(List.of(), null, TODAY.minusDays(1), ProductLimits.MIN_DOSE_E6)));
    }

    @Test
    void sto3AndDose1TotalCarTCellsWithinTheLabelsRange() {
        var g = new CertificateReceiptGuard();
        assertEquals(List.of(), ids(g, receipt(List.of(), null, TODAY, ProductLimits.MAX_DOSE_E6)));
        assertEquals(List.of("STO-3", "DOSE-1"), ids(g, receipt(List.of(), null, TODAY,
                ProductLimits.MIN_DOSE_E6.subtract(BigDecimal.ONE))));
        assertEquals(List.of("STO-3", "DOSE-1"), ids(g, receipt(List.of(), null, TODAY,
                ProductLimits.MAX_DOSE_E6.add(BigDecimal.ONE))));
    }

    @Test
    void autologous1TheCertificateIsThisPatientsAndThisCollections() {
        var g = new CertificateReceiptGuard();
        assertEquals(List.of("AUTOLOGOUS-1", "AUTOLOGOUS-1"), ids(g, receipt(List.of("birth date differs"),
                "DIN differs", TODAY, ProductLimits.MIN_DOSE_E6)));
    }

    private static CertificateReceiptGuard.Facts receipt(List<String> patient, String din, LocalDate expiry,
            BigDecimal total) {
        return new CertificateReceiptGuard.Facts(patient, din, expiry, TODAY, total);
    }

    @Test
    void sto1AnExcursionIsReleasedOnlyOnTheManufacturersAssessment() {
        var g = new ExcursionReleaseGuard();
        assertEquals(List.of(), ids(g, new ExcursionReleaseGuard.Facts(true, true)));
        assertEquals(List.of("STO-1"), ids(g, new ExcursionReleaseGuard.Facts(true, false)));
        assertEquals(List.of(), ids(g, new ExcursionReleaseGuard.Facts(false, false)), "discarding needs none");
    }
}
