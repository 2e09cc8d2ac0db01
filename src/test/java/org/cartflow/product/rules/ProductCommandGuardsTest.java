package org.cartflow.product.rules;

import static org.cartflow.kernel.GuardAssert.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cartflow.product.DoseRange;
import org.cartflow.rules.LabelProfiles;
import org.junit.jupiter.api.Test;

/** The product receipt (AUTOLOGOUS-1, STO-2, STO-3, DOSE-1) and excursion release (STO-1) over their facts. */
class ProductCommandGuardsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final DoseRange RANGE = DoseRange.of(new LabelProfiles().get("abecma-jp-2022"));

    @Test
    void sto2NotPastItsExpiryDate() {
        var g = new CertificateReceiptGuard();
        assertEquals(List.of(), ids(g, receipt(List.of(), null, TODAY, RANGE.minimumE6())));
        assertEquals(List.of("STO-2"), ids(g, receipt(List.of(), null, TODAY.minusDays(1), RANGE.minimumE6())));
    }

    @Test
    void sto3AndDose1TotalCarTCellsWithinTheLabelsRange() {
        var g = new CertificateReceiptGuard();
        assertEquals(List.of(), ids(g, receipt(List.of(), null, TODAY, RANGE.maximumE6())));
        assertEquals(List.of("STO-3", "DOSE-1"), ids(g, receipt(List.of(), null, TODAY,
                RANGE.minimumE6().subtract(BigDecimal.ONE))));
        assertEquals(List.of("STO-3", "DOSE-1"), ids(g, receipt(List.of(), null, TODAY,
                RANGE.maximumE6().add(BigDecimal.ONE))));
    }

    @Test
    void sto3AndDose1TheRangeIsTheProfilesAsTheJapaneseLabelWritesIt() {
        for (String id : List.of("abecma-jp-2022", "abecma-jp-2023-12-06")) {
            DoseRange r = DoseRange.of(new LabelProfiles().get(id));
            assertEquals("280-540", r.text(), id + ": allowed range 280-540 x 10^6");
            assertEquals(0, r.targetE6().compareTo(new BigDecimal("450")), id + ": target 450 x 10^6");
        }
        var narrower = new DoseRange(new BigDecimal("300"), new BigDecimal("400"), new BigDecimal("350"));
        assertEquals(List.of("STO-3", "DOSE-1"), ids(new CertificateReceiptGuard(), new CertificateReceiptGuard.Facts(
                List.of(), null, TODAY, TODAY, new BigDecimal("290"), narrower)), "the guard reads the range it is given");
    }

    @Test
    void autologous1TheCertificateIsThisPatientsAndThisCollections() {
        var g = new CertificateReceiptGuard();
        assertEquals(List.of("AUTOLOGOUS-1", "AUTOLOGOUS-1"), ids(g, receipt(List.of("birth date differs"),
                "DIN differs", TODAY, RANGE.minimumE6())));
    }

    private static CertificateReceiptGuard.Facts receipt(List<String> patient, String din, LocalDate expiry,
            BigDecimal total) {
        return new CertificateReceiptGuard.Facts(patient, din, expiry, TODAY, total, RANGE);
    }

    @Test
    void sto1AnExcursionIsReleasedOnlyOnTheManufacturersAssessment() {
        var g = new ExcursionReleaseGuard();
        assertEquals(List.of(), ids(g, new ExcursionReleaseGuard.Facts(true, true)));
        assertEquals(List.of("STO-1"), ids(g, new ExcursionReleaseGuard.Facts(true, false)));
        assertEquals(List.of(), ids(g, new ExcursionReleaseGuard.Facts(false, false)), "discarding needs none");
    }
}
