package org.cartflow.audit;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * The clinical rows this transaction wrote since its last audit event ({@link SealOnWrite} notes them as Hibernate
 * writes them); the next event seals them all and starts the list again. A transaction that commits rows no event
 * sealed after them is logged as an error: verification cannot vouch for those rows' last change.
 */
@TransactionScoped
public class WrittenRecords implements Serializable {

    private static final Logger LOG = Logger.getLogger(WrittenRecords.class);

    /** Table -> ids. */
    private final Map<String, Set<Long>> written = new TreeMap<>();
    private boolean watching;

    void wrote(String table, long id) {
        written.computeIfAbsent(table, t -> new TreeSet<>()).add(id);
        if (!watching) {
            watching = true;
            String where = where();
            Arc.container().instance(TransactionSynchronizationRegistry.class).get()
                    .registerInterposedSynchronization(new Synchronization() {
                        @Override
                        public void beforeCompletion() {
                        }

                        @Override
                        public void afterCompletion(int status) {
                            if (status == Status.STATUS_COMMITTED && !written.isEmpty()) {
                                LOG.errorf("clinical rows committed with no audit event after them (%s): %s", where,
                                        written);
                            }
                        }
                    });
        }
    }

    /** The rows written since the last call, by table, and starts again. */
    Map<String, Set<Long>> drain() {
        Map<String, Set<Long>> out = new TreeMap<>(written);
        written.clear();
        return out;
    }

    private static String where() {
        try {
            var current = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
            if (current != null) {
                return current.request().method() + " " + current.request().path();
            }
        } catch (RuntimeException noRequest) {
            // a scheduled job or start-up: no request to name
        }
        return "outside a request";
    }
}
