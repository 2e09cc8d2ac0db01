package org.cartflow.common;

/**
 * Request properties an endpoint sets for the read-access log when the caller is not the token's user: a calendar
 * feed is read by a calendar app on its owner's behalf.
 */
public final class AccessHints {

    public static final String ACTOR = "cartflow.access.actor";
    public static final String ROLE = "cartflow.access.role";

    private AccessHints() {
    }
}
