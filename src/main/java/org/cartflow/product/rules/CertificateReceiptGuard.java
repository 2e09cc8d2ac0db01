package org.cartflow.product.rules;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;
import org.cartflow.product.DoseRange;
import org.cartflow.product.ProductText;

/**
 * A product received against its release certificate: AUTOLOGOUS-1 the certificate's patient, chain of identity and
 * DIN are this patient's; STO-2 not past its expiry date (in the hospital's zone); STO-3 and DOSE-1 the total CAR+
 * T cells of the bags within the label's dose range.
 */
@Singleton
@Enforces({ "AUTOLOGOUS-1", "STO-2", "STO-3", "DOSE-1" })
public class CertificateReceiptGuard implements CommandGuard<CertificateReceiptGuard.Facts> {

    /** {@code dinMismatch} is null when the certificate's DIN is the collection's. */
    public record Facts(List<String> patientMismatches, String dinMismatch, LocalDate expiryDate, LocalDate today,
            BigDecimal totalCarTCellsMillions, DoseRange doseRange) {
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(ProductText.class);
        List<Finding> out = new ArrayList<>();
        f.patientMismatches().forEach(m -> out.add(new Finding("AUTOLOGOUS-1", text.notThisPatientsProduct(m))));
        if (f.dinMismatch() != null) {
            out.add(new Finding("AUTOLOGOUS-1", f.dinMismatch()));
        }
        if (f.expiryDate().isBefore(f.today())) {
            out.add(new Finding("STO-2", text.expired(f.expiryDate())));
        }
        if (!f.doseRange().contains(f.totalCarTCellsMillions())) {
            String msg = text.receivedDoseOutOfRange(f.totalCarTCellsMillions().stripTrailingZeros().toPlainString());
            out.add(new Finding("STO-3", msg));
            out.add(new Finding("DOSE-1", msg));
        }
        return out;
    }
}
