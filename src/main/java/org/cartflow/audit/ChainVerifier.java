package org.cartflow.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Walks the whole trail in id order, recomputing each hash and its link to the previous one. */
@ApplicationScoped
public class ChainVerifier {

    private static final int PAGE = 2000;

    @Transactional
    public ChainVerification verify() {
        String expectedPrev = AuditHash.GENESIS;
        long checked = 0;
        long afterId = 0;
        while (true) {
            List<AuditEvent> page = AuditEvent.find("id > ?1 order by id", afterId).page(0, PAGE).list();
            if (page.isEmpty()) {
                return new ChainVerification(true, checked, null, null);
            }
            for (AuditEvent e : page) {
                if (!e.prevHash.equals(expectedPrev)) {
                    return new ChainVerification(false, checked, e.id,
                            "event " + e.id + " does not link to the event before it (missing or reordered event)");
                }
                if (!AuditHash.of(e).equals(e.hash)) {
                    return new ChainVerification(false, checked, e.id,
                            "event " + e.id + " was changed after it was written (hash mismatch)");
                }
                expectedPrev = e.hash;
                checked++;
                afterId = e.id;
            }
            AuditEvent.getEntityManager().clear();
        }
    }
}
