package org.cartflow.journey;

import org.cartflow.audit.SignatureMeaning;
import org.cartflow.kernel.CourseState;
import org.cartflow.kernel.Guard;
import static org.cartflow.common.Role.COORDINATOR;
import static org.cartflow.common.Role.NURSE;
import static org.cartflow.common.Role.PHYSICIAN;
import static org.cartflow.kernel.CourseState.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cartflow.apheresis.rules.CollectionChainOfIdentityGuard;
import org.cartflow.apheresis.rules.ColdChainKeptGuard;
import org.cartflow.apheresis.rules.InfectionScreeningOnFileGuard;
import org.cartflow.apheresis.rules.LeukapheresisConsentGuard;
import org.cartflow.apheresis.rules.NonMobilizedCollectionGuard;
import org.cartflow.bridging.rules.AllowedBridgingClassGuard;
import org.cartflow.bridging.rules.BridgingWashoutGuard;
import org.cartflow.eligibility.rules.EcogZeroOrOneGuard;
import org.cartflow.eligibility.rules.NoComponentHypersensitivityGuard;
import org.cartflow.eligibility.rules.PregnancyReconfirmedGuard;
import org.cartflow.eligibility.rules.NoPriorBcmaCarTGuard;
import org.cartflow.eligibility.rules.PregnancyExcludedGuard;
import org.cartflow.eligibility.rules.ProgressionOnLastTherapyGuard;
import org.cartflow.eligibility.rules.RelapsedRefractoryMyelomaGuard;
import org.cartflow.eligibility.rules.SiteQualifiedGuard;
import org.cartflow.eligibility.rules.ThreePriorLinesWithKeyClassesGuard;
import org.cartflow.eligibility.rules.WrittenTreatmentConsentGuard;
import org.cartflow.infusion.rules.AnaphylaxisReadyGuard;
import org.cartflow.infusion.rules.EveryBagAccountedGuard;
import org.cartflow.infusion.rules.IdentityCheckedTwiceGuard;
import org.cartflow.infusion.rules.InfusedDoseGuard;
import org.cartflow.infusion.rules.InfusionTimingGuard;
import org.cartflow.infusion.rules.IntactBagsOnlyGuard;
import org.cartflow.infusion.rules.LeftoversDisposedGuard;
import org.cartflow.infusion.rules.LineProcedureGuard;
import org.cartflow.infusion.rules.NeverInfusedBeforeGuard;
import org.cartflow.infusion.rules.DelayRecordedAfterDayZeroGuard;
import org.cartflow.infusion.rules.NotBeforePlannedDayZeroGuard;
import org.cartflow.infusion.rules.SameDayClinicalCheckGuard;
import org.cartflow.infusion.rules.ThawProcedureGuard;
import org.cartflow.infusion.rules.TocilizumabOnHandGuard;
import org.cartflow.manufacturing.rules.OutOfSpecReleaseGuard;
import org.cartflow.manufacturing.rules.ProductMatchesCollectionGuard;
import org.cartflow.manufacturing.rules.SecondRunJustifiedGuard;
import org.cartflow.lymphodepletion.rules.LdCompleteGuard;
import org.cartflow.lymphodepletion.rules.NoDelayFindingsGuard;
import org.cartflow.lymphodepletion.rules.PreLdAssessmentCurrentGuard;
import org.cartflow.lymphodepletion.rules.ProductOutlastsPlannedInfusionGuard;
import org.cartflow.lymphodepletion.rules.VerifiedLdOrderGuard;
import org.cartflow.monitoring.rules.DischargeArrangementsGuard;
import org.cartflow.monitoring.rules.InpatientThroughDay14Guard;
import org.cartflow.monitoring.rules.LongTermFollowUpGuard;
import org.cartflow.monitoring.rules.NoActiveCrsOrIcansGuard;
import org.cartflow.monitoring.rules.NoUnexplainedMissingDayGuard;
import org.cartflow.monitoring.rules.PostInfusionLabsGuard;
import org.cartflow.monitoring.rules.ProximityThroughDay30Guard;
import org.cartflow.monitoring.rules.SurveillanceDataGuard;
import org.cartflow.product.rules.CertificateDoseGuard;
import org.cartflow.product.rules.KeptFrozenGuard;
import org.cartflow.product.rules.WithinExpiryGuard;

/**
 * The transition table of a course: the one place that says from which states a step may be taken, to which state
 * it leads, which roles may take it, whether a reason is required, and which guards must pass.
 */
public enum Transition {

    START_SCREENING("start-screening", SCREENING, roles(COORDINATOR, PHYSICIAN), false, from(REFERRAL)),

    DECLARE_ELIGIBLE("declare-eligible", ELIGIBLE, roles(PHYSICIAN), false, from(SCREENING),
            SiteQualifiedGuard.class, RelapsedRefractoryMyelomaGuard.class, NoPriorBcmaCarTGuard.class,
            ThreePriorLinesWithKeyClassesGuard.class, ProgressionOnLastTherapyGuard.class, EcogZeroOrOneGuard.class,
            PregnancyExcludedGuard.class, NoComponentHypersensitivityGuard.class, WrittenTreatmentConsentGuard.class),

    DECLARE_INELIGIBLE("declare-ineligible", INELIGIBLE, roles(PHYSICIAN), true, from(SCREENING)),

    START_COLLECTION("start-collection", COLLECTION, roles(COORDINATOR, PHYSICIAN), false, from(ELIGIBLE),
            InfectionScreeningOnFileGuard.class, LeukapheresisConsentGuard.class),

    START_MANUFACTURING("start-manufacturing", MANUFACTURING, roles(COORDINATOR, PHYSICIAN), false, from(COLLECTION),
            CollectionChainOfIdentityGuard.class, NonMobilizedCollectionGuard.class, ColdChainKeptGuard.class),

    REPORT_MANUFACTURING_FAILURE("report-manufacturing-failure", MANUFACTURING_FAILED, roles(COORDINATOR, PHYSICIAN),
            true, from(MANUFACTURING)),

    RESTART_MANUFACTURING("restart-manufacturing", MANUFACTURING, roles(COORDINATOR, PHYSICIAN), true,
            from(MANUFACTURING_FAILED), SecondRunJustifiedGuard.class),

    RECEIVE_PRODUCT("receive-product", PRODUCT_RECEIVED, roles(COORDINATOR, PHYSICIAN), false, from(MANUFACTURING),
            ProductMatchesCollectionGuard.class, OutOfSpecReleaseGuard.class, CertificateDoseGuard.class,
            WithinExpiryGuard.class, KeptFrozenGuard.class),

    START_LYMPHODEPLETION("start-lymphodepletion", LYMPHODEPLETION, roles(COORDINATOR, PHYSICIAN), false,
            from(PRODUCT_RECEIVED), PregnancyReconfirmedGuard.class, BridgingWashoutGuard.class,
            AllowedBridgingClassGuard.class,
            VerifiedLdOrderGuard.class, PreLdAssessmentCurrentGuard.class, NoDelayFindingsGuard.class,
            KeptFrozenGuard.class, ProductOutlastsPlannedInfusionGuard.class),

    CONFIRM_INFUSION_READY("confirm-infusion-ready", INFUSION_READY, roles(PHYSICIAN, NURSE), false,
            from(LYMPHODEPLETION), LdCompleteGuard.class, NotBeforePlannedDayZeroGuard.class,
            DelayRecordedAfterDayZeroGuard.class, NoComponentHypersensitivityGuard.class,
            SameDayClinicalCheckGuard.class, AnaphylaxisReadyGuard.class, TocilizumabOnHandGuard.class,
            WithinExpiryGuard.class, KeptFrozenGuard.class),

    RECORD_INFUSION("record-infusion", INFUSED, roles(NURSE, PHYSICIAN), false, from(INFUSION_READY),
            NeverInfusedBeforeGuard.class, EveryBagAccountedGuard.class, IdentityCheckedTwiceGuard.class,
            IntactBagsOnlyGuard.class, ThawProcedureGuard.class, LineProcedureGuard.class, InfusionTimingGuard.class,
            LeftoversDisposedGuard.class, TocilizumabOnHandGuard.class, InfusedDoseGuard.class),

    ADMIT_FOR_MONITORING("admit-for-monitoring", INPATIENT_MONITORING, roles(NURSE, COORDINATOR, PHYSICIAN), false,
            from(INFUSED)),

    DISCHARGE("discharge", OUTPATIENT_PROXIMITY, roles(PHYSICIAN), false, from(INPATIENT_MONITORING),
            InpatientThroughDay14Guard.class, NoActiveCrsOrIcansGuard.class, NoUnexplainedMissingDayGuard.class,
            DischargeArrangementsGuard.class,
            PostInfusionLabsGuard.class),

    END_PROXIMITY_PERIOD("end-proximity-period", FOLLOW_UP, roles(COORDINATOR, PHYSICIAN), false,
            from(OUTPATIENT_PROXIMITY), ProximityThroughDay30Guard.class),

    COMPLETE_FOLLOW_UP("complete-follow-up", COMPLETED, roles(COORDINATOR, PHYSICIAN), false, from(FOLLOW_UP),
            LongTermFollowUpGuard.class, SurveillanceDataGuard.class),

    WITHDRAW("withdraw", WITHDRAWN, roles(PHYSICIAN, COORDINATOR), true, nonTerminal()),

    RECORD_DEATH("record-death", DECEASED, roles(PHYSICIAN), true, nonTerminal());

    private final String slug;
    private final CourseState to;
    private final List<String> roles;
    private final boolean reasonRequired;
    private final Set<CourseState> from;
    private final List<Class<? extends Guard>> guards;

    @SafeVarargs
    Transition(String slug, CourseState to, List<String> roles, boolean reasonRequired, Set<CourseState> from,
            Class<? extends Guard>... guards) {
        this.slug = slug;
        this.to = to;
        this.roles = roles;
        this.reasonRequired = reasonRequired;
        this.from = from;
        this.guards = List.of(guards);
    }

    public String slug() {
        return slug;
    }

    public CourseState to() {
        return to;
    }

    public List<String> roles() {
        return roles;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }

    public Set<CourseState> from() {
        return from;
    }

    public List<Class<? extends Guard>> guards() {
        return guards;
    }

    /**
     * The guards of this step that judge what already happened to the patient: record-infusion's bedside procedure
     * (identity checks, inspection, thaw, line, timing, tocilizumab on hand, the dose received). The infusion was
     * given, so their findings never refuse recording it (a hard stop prevents an action, never the record of one);
     * they are kept as deviations for a physician's review (DeviationLog). The step's other guards refuse as usual.
     */
    public List<Class<? extends Guard>> afterTheFactGuards() {
        return this == RECORD_INFUSION ? List.of(IdentityCheckedTwiceGuard.class, IntactBagsOnlyGuard.class,
                ThawProcedureGuard.class, LineProcedureGuard.class, InfusionTimingGuard.class,
                TocilizumabOnHandGuard.class, InfusedDoseGuard.class) : List.of();
    }

    /**
     * The steps that are electronic signatures: the physician's discharge decision. The signer must have signed in
     * recently (Signatures) and the signature is stored with its meaning.
     */
    public Optional<SignatureMeaning> signatureMeaning() {
        return this == DISCHARGE ? Optional.of(SignatureMeaning.DISCHARGE_AUTHORISED) : Optional.empty();
    }

    /** The guards that refuse the step: all but its after-the-fact ones. */
    public List<Class<? extends Guard>> refusingGuards() {
        return guards.stream().filter(g -> !afterTheFactGuards().contains(g)).toList();
    }

    public boolean appliesFrom(CourseState state) {
        return from.contains(state);
    }

    public static Optional<Transition> bySlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
    }

    public static List<Transition> availableFrom(CourseState state) {
        return Arrays.stream(values()).filter(t -> t.appliesFrom(state)).toList();
    }

    private static List<String> roles(String... roles) {
        return List.of(roles);
    }

    private static Set<CourseState> from(CourseState... states) {
        return Set.copyOf(Arrays.asList(states));
    }

    private static Set<CourseState> nonTerminal() {
        EnumSet<CourseState> s = EnumSet.allOf(CourseState.class);
        s.removeIf(CourseState::terminal);
        return Set.copyOf(s);
    }
}
