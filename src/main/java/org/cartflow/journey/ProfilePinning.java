package org.cartflow.journey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.GuardContext;
import org.cartflow.rules.LabelProfile;
import org.cartflow.rules.LabelProfiles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which day picks a course's label profile: the day it was opened (default), or, where the site's regulator or
 * protocol judges eligibility by the label in force when it is decided, the day of the eligibility decision
 * ({@code cartflow.site.label-profile-pinned-on=eligibility-decision}). Either way the profile is then pinned on the
 * course; only a physician's recorded move changes it afterwards.
 */
@ApplicationScoped
public class ProfilePinning {

    public static final String COURSE_OPENED = "course-opened";
    public static final String ELIGIBILITY_DECISION = "eligibility-decision";

    @ConfigProperty(name = "cartflow.site.label-profile-pinned-on", defaultValue = COURSE_OPENED)
    String pinnedOn;

    @ConfigProperty(name = "cartflow.site.jurisdiction", defaultValue = "JP")
    String jurisdiction;

    @Inject
    LabelProfiles profiles;

    /**
     * What a step's guards see before it is taken: for declare-eligible on a site that pins on the decision, the
     * course as it would be judged today (a detached copy under today's profile; nothing is written). Otherwise the
     * context as it is.
     */
    public GuardContext preview(Transition t, GuardContext ctx) {
        if (t != Transition.DECLARE_ELIGIBLE || !ELIGIBILITY_DECISION.equals(pinnedOn)) {
            return ctx;
        }
        Course c = ctx.course();
        return Optional.of(inForceOn(ctx.now().atZone(c.zone()).toLocalDate()))
                .filter(p -> !p.id().equals(c.labelProfile)).filter(p -> p.unfilled().isEmpty()).map(p -> new GuardContext(underProfile(c, p.id()), ctx.now()))
                .orElse(ctx);
    }

    /** The profile in force for the site's jurisdiction on that day (in the hospital's zone). */
    public LabelProfile inForceOn(LocalDate day) {
        return profiles.inForce(jurisdiction, day).orElseThrow(() -> new IllegalStateException(
                "no label profile in force for " + jurisdiction + " on " + day));
    }

    private static Course underProfile(Course c, String profile) {
        Course copy = new Course();
        copy.id = c.id;
        copy.patient = c.patient;
        copy.state = c.state;
        copy.createdAt = c.createdAt;
        copy.updatedAt = c.updatedAt;
        copy.infusedAt = c.infusedAt;
        copy.closedAt = c.closedAt;
        copy.infusedDoseE6 = c.infusedDoseE6;
        copy.diedAt = c.diedAt;
        copy.version = c.version;
        copy.labelProfile = profile;
        return copy;
    }

    /**
     * The profile the eligibility decision of this course is taken under, when it differs from the one pinned at
     * opening: empty unless the site pins on the decision.
     */
    public Optional<LabelProfile> forEligibilityDecision(Course course, Instant now) {
        if (!ELIGIBILITY_DECISION.equals(pinnedOn)) {
            return Optional.empty();
        }
        LabelProfile inForce = inForceOn(now.atZone(course.zone()).toLocalDate());
        if (inForce.id().equals(course.labelProfile)) {
            return Optional.empty();
        }
        LabelProfiles.requireActivatable(inForce);
        return Optional.of(inForce);
    }
}
