package org.cartflow.common;

/** Realm roles (Keycloak) as the app knows them. */
public final class Role {
    public static final String COORDINATOR = "coordinator";
    public static final String PHARMACIST = "pharmacist";
    public static final String NURSE = "nurse";
    public static final String PHYSICIAN = "physician";
    public static final String ADMIN = "admin";

    public static final java.util.List<String> ALL = java.util.List.of(COORDINATOR, PHARMACIST, NURSE, PHYSICIAN, ADMIN);

    private Role() {
    }
}
