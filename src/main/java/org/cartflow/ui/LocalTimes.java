package org.cartflow.ui;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Instants are stored in UTC and shown in the hospital's zone: {@code {t.local(zone)}} in a template. */
@TemplateExtension
public final class LocalTimes {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private LocalTimes() {
    }

    static String local(Instant t, String zone) {
        return t == null ? "" : SHOWN.withZone(ZoneId.of(zone)).format(t);
    }
}
