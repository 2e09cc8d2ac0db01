package org.cartflow.fhir;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cartflow.common.Analyte;

/**
 * The laboratory results CartFlow takes from the lab system (issue 22 item 2): each LOINC code, the field of the
 * pre-LD assessment / post-infusion panel it fills, and the UCUM units accepted for it. A mass-concentration code
 * takes mass units only and a molar code molar units only: a creatinine in umol/L sent as 2160-0 is refused, not
 * reinterpreted. Codes and display names are LOINC's.
 */
public final class LabCodes {

    /** A LOINC code CartFlow accepts; {@code analyte} null for a result kept as text (HBV DNA). */
    public record LabCode(String loinc, String display, String field, Analyte analyte, List<String> units) {
    }

    static final List<LabCode> ALL = List.of(
            new LabCode("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "creatinine", Analyte.CREATININE,
                    List.of("mg/dL")),
            new LabCode("14682-9", "Creatinine [Moles/volume] in Serum or Plasma", "creatinine", Analyte.CREATININE,
                    List.of("umol/L")),
            new LabCode("751-8", "Neutrophils [#/volume] in Blood by Automated count", "anc", Analyte.ANC,
                    List.of("10*9/L", "10*3/uL", "/uL")),
            new LabCode("777-3", "Platelets [#/volume] in Blood by Automated count", "platelets", Analyte.PLATELETS,
                    List.of("10*9/L", "10*3/uL", "10*4/uL", "/uL")),
            new LabCode("718-7", "Hemoglobin [Mass/volume] in Blood", "hemoglobin", Analyte.HEMOGLOBIN,
                    List.of("g/dL", "g/L")),
            new LabCode("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "potassium", Analyte.POTASSIUM,
                    List.of("mmol/L", "meq/L")),
            new LabCode("3084-1", "Urate [Mass/volume] in Serum or Plasma", "uricAcid", Analyte.URIC_ACID,
                    List.of("mg/dL")),
            new LabCode("2465-3", "IgG [Mass/volume] in Serum or Plasma", "igg", Analyte.IGG, List.of("mg/dL", "g/L")),
            new LabCode("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "crp", Analyte.CRP,
                    List.of("mg/dL", "mg/L")),
            new LabCode("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "ferritin", Analyte.FERRITIN,
                    List.of("ng/mL", "ug/L")),
            new LabCode("42595-9",
                    "Hepatitis B virus DNA [Units/volume] (viral load) in Serum or Plasma by NAA with probe detection",
                    "hbvDna", null, List.of("[IU]/mL")));

    private static final Map<String, LabCode> BY_LOINC = ALL.stream()
            .collect(Collectors.toMap(LabCode::loinc, Function.identity()));

    static Optional<LabCode> of(String loinc) {
        return Optional.ofNullable(BY_LOINC.get(loinc));
    }

    /** The LOINC code CartFlow writes back for a field and unit (the one the result came with). */
    static Optional<LabCode> of(String field, String unit) {
        return ALL.stream().filter(c -> c.field().equals(field) && c.units().contains(unit)).findFirst();
    }

    /** The unit CartFlow stores a field in (the canonical unit of its analyte). */
    static String canonicalUnit(String field) {
        return ALL.stream().filter(c -> c.field().equals(field) && c.analyte() != null).findFirst()
                .map(c -> c.analyte().canonicalUnit()).orElseThrow();
    }

    static String accepted() {
        return ALL.stream().map(c -> c.loinc() + " (" + c.field() + ")").collect(Collectors.joining(", "));
    }

    private LabCodes() {
    }
}
