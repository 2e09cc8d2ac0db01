package org.cartflow.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Texts;
import org.cartflow.product.PatientIdentifiers;

/**
 * A barcode read by a keyboard-wedge scanner at the bedside. CartFlow's label format: fields separated by '|',
 * {@code MRN|family name|given name|birth date (YYYY-MM-DD)|chain-of-identity ID}, and on cassette and bag labels
 * a sixth field, the bag code. A site whose labels differ maps them here.
 */
public record LabelScan(PatientIdentifiers patient, String bagCode) {

    public static LabelScan parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw ProblemException.invalid(field, Texts.of(Msg.class).scanTheLabel());
        }
        String[] f = raw.trim().split("\\|", -1);
        if (f.length < 5 || f.length > 6) {
            throw ProblemException.invalid(field, Texts.of(Msg.class).notACartFlowLabel(raw.trim()));
        }
        LocalDate birth;
        try {
            birth = LocalDate.parse(f[3].trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, Texts.of(Msg.class).birthDateNotIso(f[3]));
        }
        return new LabelScan(new PatientIdentifiers(f[0].trim(), f[1].trim(), f[2].trim(), birth, f[4].trim()),
                f.length == 6 ? f[5].trim() : null);
    }

    public String requireBagCode(String field) {
        if (bagCode == null || bagCode.isBlank()) {
            throw ProblemException.invalid(field, Texts.of(Msg.class).labelHasNoBagCode());
        }
        return bagCode;
    }
}
