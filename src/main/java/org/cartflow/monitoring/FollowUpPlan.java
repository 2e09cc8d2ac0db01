package org.cartflow.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * POST-5 / MON-6: the follow-up calendar (months 1, 2, 3, then every 3 months to 24, then yearly to 5 years), the
 * malignancy watches (POST-5, TMAL-1-JP24) and the tracking of grade 3-4 cytopenias still present at day 30 until they are back to grade 2 or better.
 */
public final class FollowUpPlan {

    static final List<Integer> VISIT_MONTHS = List.of(1, 2, 3, 6, 9, 12, 15, 18, 21, 24, 36, 48, 60);
    static final int VISIT_WINDOW_DAYS = 14;
    static final int CYTOPENIA_CHECK_DAY = 30;

    private FollowUpPlan() {
    }

    public record Visit(int month, LocalDate due, boolean responseRecorded, boolean overdue) {
    }

    /** recoveryDay is null while the cytopenia persists; daysToRecovery counts from day 30. */
    public record Cytopenia(String lineage, int gradeAtDay30, int checkedOnDay, Integer recoveryDay,
            Integer daysToRecovery) {
    }

    public record View(long courseId, LocalDate infusedOn, List<Visit> calendar, List<Cytopenia> cytopenias,
            List<ResponseAssessment> responses, List<SecondaryMalignancy> secondaryMalignancies, List<Watch> watches) {
    }

    /** What every follow-up visit looks for until {@code until}; {@code alert} once such a finding is recorded. */
    public record Watch(String ruleId, String subject, String atEachVisit, LocalDate until, boolean alert,
            String ifFound) {
    }

    /**
     * POST-5: secondary malignancies through the 5-year calendar; TMAL-1-JP24 (Japanese label, 2024-03-28): lymphoid
     * tumours of CAR-positive T-cell origin, looked for at every visit of the same calendar.
     */
    static List<Watch> watches(LocalDate infusedOn, List<SecondaryMalignancy> found) {
        var text = org.cartflow.common.Texts.of(MonitoringText.class);
        LocalDate until = infusedOn.plusMonths(VISIT_MONTHS.get(VISIT_MONTHS.size() - 1));
        boolean tCell = found.stream().anyMatch(m -> m.lineage == MalignancyLineage.T_CELL_LYMPHOID);
        return List.of(
                new Watch("POST-5", text.watchSecondaryMalignancy(), text.watchSecondaryMalignancyVisit(), until,
                        !found.isEmpty(), text.watchSecondaryMalignancyFound()),
                new Watch("TMAL-1-JP24", text.watchTCellMalignancy(), text.watchTCellMalignancyVisit(), until, tCell,
                        text.watchTCellMalignancyFound()));
    }

    static List<Visit> calendar(LocalDate infusedOn, LocalDate today, List<ResponseAssessment> responses) {
        List<Visit> out = new ArrayList<>();
        for (int m : VISIT_MONTHS) {
            LocalDate due = infusedOn.plusMonths(m);
            boolean done = responses.stream().anyMatch(r -> !r.assessedOn.isBefore(due.minusDays(VISIT_WINDOW_DAYS))
                    && !r.assessedOn.isAfter(due.plusDays(VISIT_WINDOW_DAYS)));
            out.add(new Visit(m, due, done, !done && today.isAfter(due.plusDays(VISIT_WINDOW_DAYS))));
        }
        return out;
    }

    static List<Cytopenia> cytopenias(List<LabPanel> labs) {
        List<Cytopenia> out = new ArrayList<>();
        track("neutrophils", labs, true).ifPresent(out::add);
        track("platelets", labs, false).ifPresent(out::add);
        return out;
    }

    private static java.util.Optional<Cytopenia> track(String lineage, List<LabPanel> labs, boolean neutrophils) {
        List<LabPanel> graded = labs.stream().filter(l -> (neutrophils ? l.neutrophilGrade : l.plateletGrade) != null)
                .filter(l -> l.dayNumber >= CYTOPENIA_CHECK_DAY).toList();
        if (graded.isEmpty()) {
            return java.util.Optional.empty();
        }
        LabPanel first = graded.get(0);
        int grade = neutrophils ? first.neutrophilGrade : first.plateletGrade;
        if (grade < 3) {
            return java.util.Optional.empty();
        }
        Integer recovery = graded.stream().skip(1)
                .filter(l -> (neutrophils ? l.neutrophilGrade : l.plateletGrade) <= 2)
                .map(l -> l.dayNumber).findFirst().orElse(null);
        return java.util.Optional.of(new Cytopenia(lineage, grade, first.dayNumber, recovery,
                recovery == null ? null : recovery - CYTOPENIA_CHECK_DAY));
    }
}
