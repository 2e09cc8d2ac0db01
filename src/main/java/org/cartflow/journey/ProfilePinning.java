package org.cartflow.journey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.cartflow.kernel.Course;
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
     * The profile the eligibility decision of this course is taken under, when it differs from the one pinned at
     * opening: empty unless the site pins on the decision.
     */
    public Optional<LabelProfile> forEligibilityDecision(Course course, Instant now) {
        if (!ELIGIBILITY_DECISION.equals(pinnedOn)) {
            return Optional.empty();
        }
        var today = now.atZone(course.zone()).toLocalDate();
        LabelProfile inForce = profiles.inForce(jurisdiction, today).orElseThrow(() -> new IllegalStateException(
                "no label profile in force for " + jurisdiction + " on " + today));
        if (inForce.id().equals(course.labelProfile)) {
            return Optional.empty();
        }
        LabelProfiles.requireActivatable(inForce);
        return Optional.of(inForce);
    }
}
