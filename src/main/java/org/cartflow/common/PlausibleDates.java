package org.cartflow.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Clinical dates and times outside 1900-2199 are typing errors. Refusing them here (422 naming the field) also keeps
 * them from overflowing date arithmetic or PostgreSQL's date/timestamp range, which would otherwise end as a 500.
 */
public final class PlausibleDates {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;

    private PlausibleDates() {
    }

    public static LocalDate date(String field, LocalDate d) {
        if (d != null && (d.getYear() < FIRST_YEAR || d.getYear() > LAST_YEAR)) {
            throw ProblemException.invalid(field,
                    Texts.of(CommonText.class).yearOutside(d.getYear(), FIRST_YEAR, LAST_YEAR));
        }
        return d;
    }

    public static Instant instant(String field, OffsetDateTime t) {
        if (t == null) {
            return null;
        }
        if (t.getYear() < FIRST_YEAR || t.getYear() > LAST_YEAR) {
            throw ProblemException.invalid(field,
                    Texts.of(CommonText.class).yearOutside(t.getYear(), FIRST_YEAR, LAST_YEAR));
        }
        return t.toInstant();
    }
}
