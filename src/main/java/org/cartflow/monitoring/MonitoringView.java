package org.cartflow.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.cartflow.kernel.LateEntry;

/** The monitoring board of a course: assessments with grades, days missing an assessment, alerts, drugs given. */
public record MonitoringView(long courseId, long courseVersion, Integer dayNumber, List<Assessment> assessments,
        List<Integer> daysWithoutAssessment, List<String> alerts, int activeCrsGrade, int activeIcansGrade,
        List<Intervention> interventions, Integer tocilizumabDosesOnHand, DischargeRecord dischargeRecord, List<LabPanel> labs,
        List<ResponseAssessment> responses, List<LateEntry.View> lateEntries, List<MissedDay> explainedMissingDays) {

    /** A day without an assessment that a physician explained (it still counts in daysWithoutAssessment). */
    public record MissedDay(int dayNumber, String reason, String recordedBy, Instant recordedAt) {
    }

    public record Assessment(long id, String assessedAt, String assessedAtLocal, int dayNumber,
            BigDecimal temperatureC, Integer iceScore, int crsGrade, int icansGrade, String recordedBy,
            Instant recordedAt, String feverAttributedTo, String feverAttributionNote, String feverAttributedBy,
            Integer crsGradeBeforeAttribution) {
    }

    public record Intervention(long id, String drug, String givenAt, String givenAtLocal, BigDecimal doseMg,
            BigDecimal weightKg, String recordedBy, String spacingDeviationReason, boolean givenWithoutStock,
            Instant recordedAt) {
    }
}
