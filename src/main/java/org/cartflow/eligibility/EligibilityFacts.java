package org.cartflow.eligibility;

import java.time.LocalDate;
import java.util.List;

/**
 * The eligibility work-up of a course as its guards and its view read it, loaded once per step by
 * {@link EligibilityFactsLoader}. The single findings are the current (newest) of their kind, or null when none was
 * recorded; {@code therapyLines} are all lines in line order, retracted ones included (the view shows them).
 *
 * @param priorLinesRule the course profile's prior-therapy rule (ELIG-3 or ELIG-3-JP23)
 * @param priorLinesMinimum how many prior lines that rule asks for
 * @param otherCoursesGiven the patient's other courses in which the product was given (ELIG-2)
 */
public record EligibilityFacts(long courseId, LocalDate today, String priorLinesRule, int priorLinesMinimum,
        SiteQualification siteQualification, MyelomaDiagnosis diagnosis, List<TherapyLine> therapyLines,
        EcogAssessment ecog, PregnancyFacts pregnancy, HypersensitivityFacts hypersensitivity,
        TreatmentConsent consent, List<Long> otherCoursesGiven) {

    public EligibilityFacts {
        therapyLines = List.copyOf(therapyLines);
        otherCoursesGiven = List.copyOf(otherCoursesGiven);
    }

    /** The lines that count: not retracted, in line order. */
    public List<TherapyLine> activeLines() {
        return therapyLines.stream().filter(l -> !l.retracted).toList();
    }
}
