package org.cartflow.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Unit conversion to the canonical unit, as plain arithmetic; expected values computed by hand. */
class AnalyteTest {

    private static BigDecimal c(Analyte a, String value, String unit) {
        return a.canonical("x", new LabValue(new BigDecimal(value), unit));
    }

    @Test
    void countsPerMicrolitreAndTenToTheFourPerMicrolitreBecomeTenToTheNinePerLitre() {
        // 1 /uL = 10^6 /L = 10^-3 x 10^9/L
        assertEquals(0, new BigDecimal("0.45").compareTo(c(Analyte.ANC, "450", "/uL")));
        assertEquals(0, new BigDecimal("0.45").compareTo(c(Analyte.ANC, "0.45", "10*3/uL")));
        // 1 x 10^4/uL = 10^10 /L = 10 x 10^9/L
        assertEquals(0, new BigDecimal("52").compareTo(c(Analyte.PLATELETS, "5.2", "10*4/uL")));
        assertEquals(0, new BigDecimal("150").compareTo(c(Analyte.PLATELETS, "150000", "/uL")));
    }

    @Test
    void massAndSubstanceConcentrations() {
        assertEquals(0, new BigDecimal("10.5").compareTo(c(Analyte.HEMOGLOBIN, "105", "g/L")));
        // 1 mg/dL creatinine = 88.4 umol/L: 176.8 / 88.4 = 2
        assertEquals(0, new BigDecimal("2").compareTo(c(Analyte.CREATININE, "176.8", "umol/L")));
        assertEquals(0, new BigDecimal("4.2").compareTo(c(Analyte.POTASSIUM, "4.2", "meq/L")));
    }

    @Test
    void unknownUnitsAndImplausibleValuesAreRefusedOnTheirField() {
        ProblemException unit = assertThrows(ProblemException.class, () -> c(Analyte.PLATELETS, "5", "10^4/uL"));
        assertEquals("x.unit", unit.toProblem(null).errors().get(0).field());
        ProblemException value = assertThrows(ProblemException.class, () -> c(Analyte.ANC, "800", "10*9/L"));
        assertEquals("x.value", value.toProblem(null).errors().get(0).field());
    }
}
