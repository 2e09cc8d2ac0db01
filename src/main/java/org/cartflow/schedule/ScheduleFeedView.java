package org.cartflow.schedule;

import java.time.Instant;

/** A personal calendar feed as its owner lists it; {@code url} only in the answer that creates it (kept nowhere). */
public record ScheduleFeedView(long id, String url, String sites, Instant createdAt, Instant revokedAt) {

    static ScheduleFeedView of(ScheduleFeed f, String url) {
        return new ScheduleFeedView(f.id, url, f.sites, f.createdAt, f.revokedAt);
    }
}
