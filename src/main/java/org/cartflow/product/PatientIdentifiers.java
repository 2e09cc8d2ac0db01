package org.cartflow.product;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Patient;

/**
 * The patient identifiers printed on a release certificate, a metal cassette or a bag label (AUTOLOGOUS-1, INF-4,
 * INF-9). Names compare without case, width or spacing differences; everything else compares exactly.
 */
public record PatientIdentifiers(
        @NotBlank @Size(max = 64) String mrn,
        @NotBlank @Size(max = 100) String familyName,
        @NotBlank @Size(max = 100) String givenName,
        @NotNull LocalDate birthDate,
        @NotBlank @Size(max = 64) String chainOfIdentityId) {

    /**
     * Which identifiers differ from the patient's and the course's chain of identity, in the request's language;
     * empty when all match. {@code label} says where they were read, in the same language (e.g. "Cassette").
     */
    public List<String> mismatches(Patient p, String coiId, String label) {
        var text = Texts.of(ProductText.class);
        List<String> out = new ArrayList<>();
        if (!p.mrn.equals(mrn.trim())) {
            out.add(text.mrnMismatch(label, mrn, p.mrn));
        }
        if (!sameName(p.familyName, familyName) || !sameName(p.givenName, givenName)) {
            out.add(text.nameMismatch(label, familyName, givenName, p.familyName, p.givenName));
        }
        if (!p.birthDate.equals(birthDate)) {
            out.add(text.birthDateMismatch(label, birthDate, p.birthDate));
        }
        if (coiId == null || !coiId.equals(chainOfIdentityId.trim())) {
            out.add(text.chainOfIdentityMismatch(label, chainOfIdentityId, String.valueOf(coiId)));
        }
        return out;
    }

    private static boolean sameName(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
