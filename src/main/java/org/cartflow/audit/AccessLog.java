package org.cartflow.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The read-access log: who looked at which patient's data, and every refused (401/403) request. */
@ApplicationScoped
public class AccessLog {

    /**
     * One request as the log keeps it; the patient or course comes from the path when it names one. A break-the-glass
     * read (another site's patient, issue 20 item 5) carries its reason.
     */
    public record Access(Instant at, String actor, String actorRole, String method, String path, int status,
            Long patientId, Long courseId, String breakGlassReason) {
    }

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Access a) {
        em.createNativeQuery("insert into access_log (at, actor, actor_role, method, path, status, patient_id, course_id, "
                + "break_glass_reason) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, Timestamp.from(a.at())).setParameter(2, a.actor()).setParameter(3, a.actorRole())
                .setParameter(4, a.method()).setParameter(5, a.path()).setParameter(6, a.status())
                .setParameter(7, a.patientId()).setParameter(8, a.courseId())
                .setParameter(9, a.breakGlassReason()).executeUpdate();
    }

    private static final String COLUMNS = """
            select a.at, a.actor, a.actor_role, a.method, a.path, a.status, a.patient_id, a.course_id,
                   a.break_glass_reason
              from access_log a""";

    /** Every logged access to the patient, directly or through one of their courses, newest first. */
    @Transactional
    public List<Access> ofPatient(long patientId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COLUMNS + "\n" + """
                 where a.patient_id = ?1
                    or a.course_id in (select c.id from course c where c.patient_id = ?1)
                 order by a.id desc limit ?2""").setParameter(1, patientId).setParameter(2, limit).getResultList();
        return rows.stream().map(AccessLog::access).toList();
    }

    /** Break-the-glass reads of patients of {@code sites} (their own courses included), newest first. */
    @Transactional
    public List<Access> breakGlass(List<String> sites, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COLUMNS + "\n" + """
                 where a.break_glass_reason is not null
                   and coalesce(a.patient_id, (select c.patient_id from course c where c.id = a.course_id))
                       in (select p.id from patient p where p.site = any(?1))
                 order by a.id desc limit ?2""").setParameter(1, sites.toArray(String[]::new))
                .setParameter(2, limit).getResultList();
        return rows.stream().map(AccessLog::access).toList();
    }

    private static Access access(Object[] r) {
        return new Access(toInstant(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                ((Number) r[5]).intValue(), r[6] == null ? null : ((Number) r[6]).longValue(),
                r[7] == null ? null : ((Number) r[7]).longValue(), (String) r[8]);
    }

    private static Instant toInstant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((Timestamp) o).toInstant();
    }
}
