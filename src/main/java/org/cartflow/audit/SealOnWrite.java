package org.cartflow.audit;

import io.quarkus.arc.Arc;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.Table;
import java.lang.reflect.Field;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issue 20 item 2: a default entity listener (META-INF/orm.xml) that notes every clinical row Hibernate inserts,
 * updates or deletes, so the audit event that records the change seals the row as it then is (RecordSeals). A row
 * changed in SQL afterwards, even by the schema owner, no longer matches the newest seal, and verification says so.
 */
public class SealOnWrite {

    private record Mapping(String table, Field id) {
    }

    private static final Map<Class<?>, Mapping> MAPPINGS = new ConcurrentHashMap<>();

    @PostPersist
    @PostUpdate
    @PostRemove
    public void written(Object entity) {
        Mapping m = MAPPINGS.computeIfAbsent(entity.getClass(), SealOnWrite::mappingOf);
        if (!RecordSeals.TABLES.contains(m.table())) {
            return;
        }
        try {
            Object id = m.id().get(entity);
            if (id instanceof Number n) {
                Arc.container().instance(WrittenRecords.class).get().wrote(m.table(), n.longValue());
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read the id of " + entity.getClass().getName(), e);
        }
    }

    private static Mapping mappingOf(Class<?> type) {
        Class<?> c = type;
        while (c.getAnnotation(jakarta.persistence.Entity.class) == null && c.getSuperclass() != null) {
            c = c.getSuperclass();
        }
        Table table = c.getAnnotation(Table.class);
        String name = table != null && !table.name().isEmpty() ? table.name() : c.getSimpleName().toLowerCase(Locale.ROOT);
        try {
            return new Mapping(name, c.getField("id"));
        } catch (NoSuchFieldException e) {
            return new Mapping("", null);
        }
    }
}
