package org.cartflow.eligibility.rules;

import static org.cartflow.eligibility.EligibilityEnums.AgentClass.ANTI_CD38_ANTIBODY;
import static org.cartflow.eligibility.EligibilityEnums.AgentClass.BCMA_CAR_T;
import static org.cartflow.eligibility.EligibilityEnums.AgentClass.IMMUNOMODULATORY_DRUG;
import static org.cartflow.eligibility.EligibilityEnums.AgentClass.PROTEASOME_INHIBITOR;
import static org.cartflow.kernel.GuardAssert.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.cartflow.eligibility.EcogAssessment;
import org.cartflow.eligibility.EligibilityEnums.AgentClass;
import org.cartflow.eligibility.EligibilityEnums.Diagnosis;
import org.cartflow.eligibility.EligibilityEnums.DiseaseStatus;
import org.cartflow.eligibility.EligibilityEnums.LineOutcome;
import org.cartflow.eligibility.EligibilityFacts;
import org.cartflow.eligibility.HypersensitivityFacts;
import org.cartflow.eligibility.HypersensitivityHistory;
import org.cartflow.eligibility.MyelomaDiagnosis;
import org.cartflow.eligibility.PregnancyBenefitRisk;
import org.cartflow.eligibility.PregnancyFacts;
import org.cartflow.eligibility.PregnancyStatus;
import org.cartflow.eligibility.SiteQualification;
import org.cartflow.eligibility.TherapyLine;
import org.cartflow.eligibility.TreatmentConsent;
import org.cartflow.rules.LabelProfile;
import org.cartflow.rules.LabelProfiles;
import org.junit.jupiter.api.Test;

/**
 * The eligibility guards as pure functions of the work-up's facts, each at its thresholds and both ways; plain JUnit,
 * no container and no database (the API scenarios are in EligibilityGuardsTest).
 */
class EligibilityFactsGuardsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final LabelProfile JP2022 = new LabelProfiles().get("abecma-jp-2022");
    private static final LabelProfile JP2023 = new LabelProfiles().get("abecma-jp-2023-12-06");

    // --- fixtures: a complete, eligible work-up, changed one finding at a time

    private static TherapyLine line(int number, LineOutcome outcome, AgentClass... classes) {
        TherapyLine l = new TherapyLine();
        l.lineNumber = number;
        l.regimen = "regimen " + number;
        l.classes(classes.length == 0 ? EnumSet.of(AgentClass.OTHER) : EnumSet.of(classes[0], classes));
        l.startedOn = TODAY.minusYears(4).plusMonths(number);
        l.outcome = outcome;
        return l;
    }

    private static List<TherapyLine> threeLines() {
        return List.of(line(1, LineOutcome.RELAPSED_AFTER, IMMUNOMODULATORY_DRUG),
                line(2, LineOutcome.RELAPSED_AFTER, PROTEASOME_INHIBITOR),
                line(3, LineOutcome.PROGRESSED_ON, ANTI_CD38_ANTIBODY));
    }

    private static SiteQualification site() {
        SiteQualification q = new SiteQualification();
        q.siteCode = "TKY-01";
        q.crsEmergencyCapable = true;
        q.treatingPhysician = "Dr Sato";
        q.hemeSctExperienced = true;
        q.manufacturerTrainingOn = TODAY.minusMonths(6);
        return q;
    }

    private static MyelomaDiagnosis diagnosis(Diagnosis d, DiseaseStatus s) {
        MyelomaDiagnosis m = new MyelomaDiagnosis();
        m.diagnosis = d;
        m.diseaseStatus = s;
        return m;
    }

    private static EcogAssessment ecog(int score) {
        EcogAssessment e = new EcogAssessment();
        e.score = score;
        e.assessedOn = TODAY;
        return e;
    }

    private static PregnancyStatus pregnancy(boolean childbearing, boolean pregnant, LocalDate negativeOn,
            boolean counselled) {
        PregnancyStatus p = new PregnancyStatus();
        p.id = 7L;
        p.childbearingPotential = childbearing;
        p.pregnant = pregnant;
        p.pregnancyTestNegativeOn = negativeOn;
        p.contraceptionCounselled = counselled;
        return p;
    }

    private static HypersensitivityHistory hypersensitivity(Consumer<HypersensitivityHistory> change) {
        HypersensitivityHistory h = new HypersensitivityHistory();
        change.accept(h);
        return h;
    }

    private static TreatmentConsent consent(boolean written, LocalDate signedOn) {
        TreatmentConsent c = new TreatmentConsent();
        c.written = written;
        c.signedOn = signedOn;
        return c;
    }

    /** Mutable builder of the facts record, starting from a complete work-up under JP 2023-12-06. */
    private static final class WorkUp {
        LabelProfile profile = JP2023;
        SiteQualification site = site();
        MyelomaDiagnosis diagnosis = diagnosis(Diagnosis.MULTIPLE_MYELOMA, DiseaseStatus.RELAPSED_AND_REFRACTORY);
        List<TherapyLine> lines = new ArrayList<>(threeLines());
        EcogAssessment ecog = ecog(1);
        PregnancyStatus pregnancy = pregnancy(false, false, null, false);
        PregnancyBenefitRisk benefitRisk;
        HypersensitivityHistory hypersensitivity = hypersensitivity(h -> { });
        TreatmentConsent consent = consent(true, TODAY);
        List<Long> otherCoursesGiven = List.of();

        EligibilityFacts facts() {
            return new EligibilityFacts(1L, TODAY, profile.rule("prior-lines"), profile.value("priorLinesMinimum"),
                    site, diagnosis, lines, ecog, new PregnancyFacts(pregnancy, benefitRisk, TODAY),
                    new HypersensitivityFacts(hypersensitivity), consent, otherCoursesGiven);
        }
    }

    private static EligibilityFacts workUp(UnaryOperator<WorkUp> change) {
        return change.apply(new WorkUp()).facts();
    }

    private static final List<WorkUpGuard> WORK_UP_GUARDS = List.of(new SiteQualifiedGuard(),
            new RelapsedRefractoryMyelomaGuard(), new NoPriorBcmaCarTGuard(), new ThreePriorLinesWithKeyClassesGuard(),
            new ProgressionOnLastTherapyGuard(), new EcogZeroOrOneGuard(), new PregnancyExcludedGuard(),
            new WrittenTreatmentConsentGuard());

    @Test
    void aCompleteWorkUpPassesEveryWorkUpGuardAndHypersensitivity() {
        for (WorkUpGuard g : WORK_UP_GUARDS) {
            assertEquals(List.of(), ids(g, workUp(w -> w)), g.name());
        }
        assertEquals(List.of(), ids(new NoComponentHypersensitivityGuard(), new HypersensitivityFacts(
                hypersensitivity(h -> { }))));
    }

    @Test
    void site1TrainedByTodayExperiencedAndCrsCapable() {
        var g = new SiteQualifiedGuard();
        assertEquals(List.of(), ids(g, workUp(w -> { w.site.manufacturerTrainingOn = TODAY; return w; })));
        assertEquals(List.of("SITE-1"), ids(g, workUp(w -> { w.site.manufacturerTrainingOn = TODAY.plusDays(1); return w; })));
        assertEquals(List.of("SITE-1"), ids(g, workUp(w -> { w.site.manufacturerTrainingOn = null; return w; })));
        assertEquals(List.of("SITE-1"), ids(g, workUp(w -> { w.site.crsEmergencyCapable = false; return w; })));
        assertEquals(List.of("SITE-1"), ids(g, workUp(w -> { w.site.hemeSctExperienced = false; return w; })));
        assertEquals(List.of("SITE-1", "SITE-1"), ids(g, workUp(w -> {
            w.site.crsEmergencyCapable = false;
            w.site.hemeSctExperienced = false;
            return w;
        })), "each failing requirement is named");
        assertEquals(List.of("SITE-1"), ids(g, workUp(w -> { w.site = null; return w; })), "not recorded");
    }

    @Test
    void elig1RelapsedOrRefractoryMultipleMyelomaOnly() {
        var g = new RelapsedRefractoryMyelomaGuard();
        for (DiseaseStatus s : List.of(DiseaseStatus.RELAPSED, DiseaseStatus.REFRACTORY,
                DiseaseStatus.RELAPSED_AND_REFRACTORY)) {
            assertEquals(List.of(), ids(g, workUp(w -> { w.diagnosis.diseaseStatus = s; return w; })), s.name());
        }
        assertEquals(List.of("ELIG-1"), ids(g, workUp(w -> { w.diagnosis.diseaseStatus = DiseaseStatus.NEWLY_DIAGNOSED; return w; })));
        assertEquals(List.of("ELIG-1"), ids(g, workUp(w -> { w.diagnosis.diagnosis = Diagnosis.OTHER; return w; })));
        assertEquals(List.of("ELIG-1"), ids(g, workUp(w -> { w.diagnosis = null; return w; })));
    }

    @Test
    void elig2NoBcmaCarTLineAndNoProductGivenInAnotherCourse() {
        var g = new NoPriorBcmaCarTGuard();
        assertEquals(List.of("ELIG-2"), ids(g, workUp(w -> {
            w.lines.add(line(4, LineOutcome.PROGRESSED_ON, BCMA_CAR_T));
            return w;
        })));
        assertEquals(List.of("ELIG-2"), ids(g, workUp(w -> { w.otherCoursesGiven = List.of(41L); return w; })));
        TherapyLine retracted = line(4, LineOutcome.PROGRESSED_ON, BCMA_CAR_T);
        retracted.retracted = true;
        assertEquals(List.of(), ids(g, workUp(w -> { w.lines.add(retracted); return w; })),
                "a line retracted as entered in error does not count");
    }

    @Test
    void elig3ThreePriorLinesUnderJp2022() {
        var g = new ThreePriorLinesWithKeyClassesGuard();
        assertEquals(3, JP2022.value("priorLinesMinimum"));
        assertEquals(List.of(), ids(g, workUp(w -> { w.profile = JP2022; return w; })));
        assertEquals(List.of("ELIG-3"), ids(g, workUp(w -> {
            w.profile = JP2022;
            w.lines = new ArrayList<>(List.of(line(1, LineOutcome.RELAPSED_AFTER, IMMUNOMODULATORY_DRUG,
                    PROTEASOME_INHIBITOR), line(2, LineOutcome.PROGRESSED_ON, ANTI_CD38_ANTIBODY)));
            return w;
        })), "two lines are too few under the 2022 label");
    }

    @Test
    void elig3Jp23TwoPriorLinesFrom20231206() {
        var g = new ThreePriorLinesWithKeyClassesGuard();
        assertEquals(2, JP2023.value("priorLinesMinimum"));
        assertEquals(List.of(), ids(g, workUp(w -> {
            w.lines = new ArrayList<>(List.of(line(1, LineOutcome.RELAPSED_AFTER, IMMUNOMODULATORY_DRUG,
                    PROTEASOME_INHIBITOR), line(2, LineOutcome.PROGRESSED_ON, ANTI_CD38_ANTIBODY)));
            return w;
        })));
        assertEquals(List.of("ELIG-3-JP23"), ids(g, workUp(w -> {
            w.lines = new ArrayList<>(List.of(line(1, LineOutcome.PROGRESSED_ON, IMMUNOMODULATORY_DRUG,
                    PROTEASOME_INHIBITOR, ANTI_CD38_ANTIBODY)));
            return w;
        })), "one line is too few");
        assertEquals(List.of("ELIG-3-JP23"), ids(g, workUp(w -> {
            w.lines = new ArrayList<>(List.of(line(1, LineOutcome.RELAPSED_AFTER, IMMUNOMODULATORY_DRUG),
                    line(1, LineOutcome.PROGRESSED_ON, PROTEASOME_INHIBITOR, ANTI_CD38_ANTIBODY)));
            return w;
        })), "two entries of the same line number are one line");
        TherapyLine retracted = line(2, LineOutcome.PROGRESSED_ON, ANTI_CD38_ANTIBODY);
        retracted.retracted = true;
        assertEquals(List.of("ELIG-3-JP23", "ELIG-3-JP23"), ids(g, workUp(w -> {
            w.lines = new ArrayList<>(List.of(line(1, LineOutcome.RELAPSED_AFTER, IMMUNOMODULATORY_DRUG,
                    PROTEASOME_INHIBITOR), retracted));
            return w;
        })), "a retracted line neither counts nor brings its class");
    }

    @Test
    void elig3EachKeyClassIsNeeded() {
        var g = new ThreePriorLinesWithKeyClassesGuard();
        for (AgentClass missing : List.of(IMMUNOMODULATORY_DRUG, PROTEASOME_INHIBITOR, ANTI_CD38_ANTIBODY)) {
            assertEquals(List.of("ELIG-3-JP23"), ids(g, workUp(w -> {
                w.lines = new ArrayList<>(w.lines.stream().filter(l -> !l.classes().contains(missing)).toList());
                w.lines.add(line(5, LineOutcome.PROGRESSED_ON, AgentClass.ALKYLATING_AGENT));
                return w;
            })), missing.name());
        }
    }

    @Test
    void elig4TheLastLineEndedInProgressionOrRelapse() {
        var g = new ProgressionOnLastTherapyGuard();
        for (LineOutcome o : LineOutcome.values()) {
            List<String> expected = o.progressionOrRelapse() ? List.of() : List.of("ELIG-4");
            assertEquals(expected, ids(g, workUp(w -> {
                w.lines = new ArrayList<>(List.of(line(1, LineOutcome.PROGRESSED_ON, IMMUNOMODULATORY_DRUG),
                        line(2, o, PROTEASOME_INHIBITOR, ANTI_CD38_ANTIBODY)));
                return w;
            })), o.name());
        }
        assertEquals(List.of("ELIG-4"), ids(g, workUp(w -> { w.lines = new ArrayList<>(); return w; })));
    }

    @Test
    void elig5EcogZeroAndOnePassTwoRefuses() {
        var g = new EcogZeroOrOneGuard();
        assertEquals(List.of(), ids(g, workUp(w -> { w.ecog = ecog(0); return w; })));
        assertEquals(List.of(), ids(g, workUp(w -> { w.ecog = ecog(1); return w; })));
        assertEquals(List.of("ELIG-5"), ids(g, workUp(w -> { w.ecog = ecog(2); return w; })));
        assertEquals(List.of("ELIG-5"), ids(g, workUp(w -> { w.ecog = null; return w; })));
    }

    @Test
    void elig6AtEligibilityPregnancyNeedsABenefitRiskDecisionChildbearingATestAndCounselling() {
        var g = new PregnancyExcludedGuard();
        assertEquals(List.of(), ids(g, workUp(w -> { w.pregnancy = pregnancy(true, false, TODAY, true); return w; })));
        assertEquals(List.of("ELIG-6"), ids(g, workUp(w -> { w.pregnancy = pregnancy(true, false, null, true); return w; })));
        assertEquals(List.of("ELIG-6"), ids(g, workUp(w -> { w.pregnancy = pregnancy(true, false, TODAY, false); return w; })));
        assertEquals(List.of("ELIG-6"), ids(g, workUp(w -> { w.pregnancy = pregnancy(true, true, null, true); return w; })));
        assertEquals(List.of(), ids(g, workUp(w -> {
            w.pregnancy = pregnancy(true, true, null, true);
            w.benefitRisk = new PregnancyBenefitRisk();
            return w;
        })));
        assertEquals(List.of("ELIG-6"), ids(g, workUp(w -> { w.pregnancy = null; return w; })));
    }

    @Test
    void elig6BeforeLdAndThawANegativeTestNoOlderThanTheSitesDays() {
        var g = new PregnancyReconfirmedGuard(7);
        assertEquals(List.of(), ids(g, reconfirm(pregnancy(true, false, TODAY.minusDays(7), true), null)));
        assertEquals(List.of("ELIG-6"), ids(g, reconfirm(pregnancy(true, false, TODAY.minusDays(8), true), null)));
        assertEquals(List.of(), ids(new PregnancyReconfirmedGuard(8),
                reconfirm(pregnancy(true, false, TODAY.minusDays(8), true), null)), "the site's number, not a constant");
        assertEquals(List.of("ELIG-6"), ids(g, reconfirm(pregnancy(true, false, null, true), null)));
        assertEquals(List.of(), ids(g, reconfirm(pregnancy(false, false, null, false), null)), "not of childbearing potential");
        assertEquals(List.of("ELIG-6"), ids(g, reconfirm(pregnancy(true, true, null, true), null)));
        assertEquals(List.of(), ids(g, reconfirm(pregnancy(true, true, null, true), new PregnancyBenefitRisk())));
        assertEquals(List.of("ELIG-6"), ids(g, reconfirm(null, null)));
    }

    private static PregnancyFacts reconfirm(PregnancyStatus status, PregnancyBenefitRisk decision) {
        return new PregnancyFacts(status, decision, TODAY);
    }

    @Test
    void hypersens1AnyComponentRefuses() {
        var g = new NoComponentHypersensitivityGuard();
        List<Consumer<HypersensitivityHistory>> reactions = List.of(h -> h.dmso = true, h -> h.humanSerumAlbumin = true,
                h -> h.electrolyteSolution = true, h -> h.otherComponent = "dextran");
        for (var reaction : reactions) {
            assertEquals(List.of("HYPERSENS-1"), ids(g, new HypersensitivityFacts(hypersensitivity(reaction))));
        }
        assertEquals(List.of(), ids(g, new HypersensitivityFacts(hypersensitivity(h -> h.otherComponent = " "))));
        assertEquals(List.of("HYPERSENS-1"), ids(g, new HypersensitivityFacts(null)), "history not taken");
    }

    @Test
    void consent1WrittenAndNotDatedAfterToday() {
        var g = new WrittenTreatmentConsentGuard();
        assertEquals(List.of(), ids(g, workUp(w -> { w.consent = consent(true, TODAY); return w; })));
        assertEquals(List.of("CONSENT-1"), ids(g, workUp(w -> { w.consent = consent(true, TODAY.plusDays(1)); return w; })));
        assertEquals(List.of("CONSENT-1"), ids(g, workUp(w -> { w.consent = consent(false, TODAY); return w; })));
        assertEquals(List.of("CONSENT-1"), ids(g, workUp(w -> { w.consent = null; return w; })));
    }
}
