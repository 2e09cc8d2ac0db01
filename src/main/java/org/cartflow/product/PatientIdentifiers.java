package org.cartflow.product;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cartflow.journey.Patient;

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

    /** Which identifiers differ from the patient's and the course's chain of identity; empty when all match. */
    public List<String> mismatches(Patient p, String coiId, String label) {
        List<String> out = new ArrayList<>();
        if (!p.mrn.equals(mrn.trim())) {
            out.add(label + " MRN " + mrn + " is not the patient's (" + p.mrn + ")");
        }
        if (!sameName(p.familyName, familyName) || !sameName(p.givenName, givenName)) {
            out.add(label + " name " + familyName + " " + givenName + " is not the patient's (" + p.familyName + " "
                    + p.givenName + ")");
        }
        if (!p.birthDate.equals(birthDate)) {
            out.add(label + " birth date " + birthDate + " is not the patient's (" + p.birthDate + ")");
        }
        if (coiId == null || !coiId.equals(chainOfIdentityId.trim())) {
            out.add(label + " chain-of-identity ID " + chainOfIdentityId + " is not this course's (" + coiId + ")");
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
