package org.cartflow.journey;

import org.cartflow.kernel.Courses;
import org.cartflow.rules.LabelProfiles;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.CourseState;
import org.cartflow.kernel.GuardContext;
import org.cartflow.kernel.GuardEvaluator;
import org.cartflow.kernel.Patient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartflow.audit.AuditEntry;
import org.cartflow.audit.AuditTrail;
import org.cartflow.common.CurrentUser;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Role;
import org.cartflow.common.SiteScope;
import org.cartflow.common.Texts;
import org.cartflow.infusion.rules.NeverInfusedBeforeGuard;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Registers patients and opens their course of the product. */
@ApplicationScoped
public class PatientService {

    private static final List<String> REGISTRARS = List.of(Role.COORDINATOR, Role.PHYSICIAN);

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    GuardEvaluator guards;

    @Inject
    NeverInfusedBeforeGuard neverInfused;

    @Inject
    Courses courseLoader;

    @Inject
    SiteScope sites;

    @ConfigProperty(name = "cartflow.hospital.zone")
    String defaultZone;

    @Transactional
    public Patient register(PatientRequest r) {
        var text = Texts.of(JourneyText.class);
        String role = user.requireRole(REGISTRARS, text.registerPatients());
        String zone = r.hospitalZone() == null || r.hospitalZone().isBlank() ? defaultZone : r.hospitalZone();
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw ProblemException.invalid("hospitalZone", text.notATimeZone());
        }
        if (r.birthDate().isBefore(java.time.LocalDate.of(1900, 1, 1))) {
            throw ProblemException.invalid("birthDate", text.birthBefore1900());
        }
        String site = sites.forNewPatient(r.site());
        if (Patient.byMrn(site, r.mrn()).isPresent()) {
            throw ProblemException.conflict(text.mrnTaken(r.mrn()));
        }
        Patient p = new Patient();
        p.mrn = r.mrn();
        p.familyName = r.familyName().strip();
        p.givenName = r.givenName().strip();
        p.birthDate = r.birthDate();
        p.sex = r.sex();
        p.hospitalZone = zone;
        p.site = site;
        p.createdAt = clock.instant();
        p.persistAndFlush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("mrn", p.mrn);
        details.put("birthDate", p.birthDate);
        details.put("sex", p.sex);
        details.put("hospitalZone", p.hospitalZone);
        details.put("site", p.site);
        audit.append(AuditEntry.record(user.name(), role, "patient.registered", p.id, null, null, details));
        return p;
    }

    /** Which label profile a new course is judged by (the site's jurisdiction, the opening day). */
    @Inject
    ProfilePinning pinning;

    @Transactional
    public Course openCourse(long patientId) {
        var text = Texts.of(JourneyText.class);
        String role = user.requireRole(REGISTRARS, text.openCourse());
        Patient p = Patient.<Patient>findByIdOptional(patientId)
                .orElseThrow(() -> ProblemException.notFound(text.patient(), patientId));
        List<Course> courses = Course.ofPatient(patientId);
        if (courses.stream().anyMatch(c -> c.state == CourseState.DECEASED)) {
            throw ProblemException.conflict(text.patientDeceased(p.mrn));
        }
        Course active = Course.active(patientId).orElse(null);
        if (active != null) {
            throw ProblemException.conflict(text.activeCourseExists(p.mrn, active.id, active.state));
        }
        Instant now = clock.instant();
        Course c = new Course();
        c.patient = p;
        c.state = CourseState.REFERRAL;
        c.createdAt = now;
        c.updatedAt = now;
        c.labelProfile = profileInForce(p, now).id();
        courseLoader.judgedUnder(c);
        var refusals = guards.evaluate(neverInfused, new GuardContext(c, now));
        if (!refusals.isEmpty()) {
            throw ProblemException.refused(text.courseCannotBeOpened(refusals.get(0).message()), refusals);
        }
        c.persistAndFlush();
        audit.append(new AuditEntry(user.name(), role, "course.opened", p.id, c.id, null, c.state.name(), null,
                Map.of("patientMrn", p.mrn, "labelProfile", c.labelProfile)));
        return c;
    }

    /** The profile in force for the site's jurisdiction on the opening day in the hospital's zone. */
    private org.cartflow.rules.LabelProfile profileInForce(Patient p, Instant now) {
        java.time.LocalDate today = now.atZone(java.time.ZoneId.of(p.hospitalZone)).toLocalDate();
        var profile = pinning.inForceOn(today);
        LabelProfiles.requireActivatable(profile);
        return profile;
    }
}
