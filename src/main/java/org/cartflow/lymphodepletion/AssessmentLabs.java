package org.cartflow.lymphodepletion;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cartflow.common.LabValue;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Texts;
import org.cartflow.labs.ImportedLabResult;
import org.cartflow.lymphodepletion.LdRequests.AssessmentRequest;

/**
 * The laboratory values of a pre-LD assessment (issue 22 item 2): what the request carries, and for each value it
 * leaves out the newest result the lab system sent for the course, so nobody retypes a number. A value neither sent
 * nor imported stays absent; a missing creatinine is refused (LD-2 needs it).
 */
record AssessmentLabs(LabValue creatinine, LocalDate creatinineMeasuredOn, LabValue anc, LabValue platelets,
        LabValue hemoglobin, LocalDate countsMeasuredOn, List<String> importedFrom, String creatinineSource) {

    static AssessmentLabs of(AssessmentRequest r, long courseId, java.util.function.Supplier<ZoneId> zone) {
        List<String> from = new ArrayList<>();
        LabValue creatinine = r.creatinine();
        LocalDate creatinineOn = r.creatinineMeasuredOn();
        String creatinineSource = null;
        if (creatinine == null) {
            ImportedLabResult i = ImportedLabResult.newest(courseId, "creatinine").orElseThrow(() -> ProblemException
                    .invalid("creatinine", Texts.of(LymphodepletionText.class).creatinineNeitherEnteredNorImported()));
            creatinine = i.asReported();
            creatinineOn = i.effectiveAt.atZone(zone.get()).toLocalDate();
            from.add("creatinine: " + i.provenance());
            creatinineSource = i.provenance();
        } else if (creatinineOn == null) {
            throw ProblemException.invalid("creatinineMeasuredOn",
                    Texts.of(LymphodepletionText.class).creatinineDateMissing());
        }
        LocalDate countsOn = r.countsMeasuredOn();
        LabValue[] counts = { r.anc(), r.platelets(), r.hemoglobin() };
        String[] names = { "anc", "platelets", "hemoglobin" };
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] != null) {
                continue;
            }
            Optional<ImportedLabResult> i = ImportedLabResult.newest(courseId, names[k]);
            if (i.isPresent()) {
                counts[k] = i.get().asReported();
                LocalDate on = i.get().effectiveAt.atZone(zone.get()).toLocalDate();
                // the counts carry one date: the oldest of them is the one their freshness is judged by
                countsOn = countsOn == null || on.isBefore(countsOn) ? on : countsOn;
                from.add(names[k] + ": " + i.get().provenance());
            }
        }
        return new AssessmentLabs(creatinine, creatinineOn, counts[0], counts[1], counts[2], countsOn, List.copyOf(from),
                creatinineSource);
    }
}
