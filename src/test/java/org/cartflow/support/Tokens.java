package org.cartflow.support;

import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * RS256 access tokens shaped like Keycloak's (realm_access.roles), signed with the key whose public half the
 * WireMock OIDC provider (quarkus-test-oidc-server) publishes, so quarkus-oidc validates them for real.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "cartflow-api";
    /** The site every test user works at unless a test says otherwise (Keycloak's {@code site} attribute). */
    public static final String SITE = "site-a";

    private Tokens() {
    }

    /** A token of a user who signed in just now ({@code auth_time} = now), as after a password login. */
    public static String of(String user, String... roles) {
        return signedInAt(Instant.now(), user, roles);
    }

    /** A token whose user last entered credentials at {@code authTime} (a refreshed token of an old session). */
    public static String signedInAt(Instant authTime, String user, String... roles) {
        return atSites(authTime, List.of(SITE), user, roles);
    }

    /** A token of a user of {@code site}, signed in just now. */
    public static String atSite(String site, String user, String... roles) {
        return atSites(Instant.now(), List.of(site), user, roles);
    }

    /** A token of a user whose account names no site. */
    public static String withoutSite(String user, String... roles) {
        return atSites(Instant.now(), List.of(), user, roles);
    }

    public static String atSites(Instant authTime, List<String> sites, String user, String... roles) {
        var claims = Jwt.preferredUserName(user).subject(user).claim("name", fullName(user))
                .claim("auth_time", authTime.getEpochSecond())
                .claim("realm_access", Map.of("roles", List.of(roles)));
        if (!sites.isEmpty()) {
            claims = claims.claim("site", sites.size() == 1 ? sites.get(0) : sites);
        }
        return claims.issuer(ISSUER).audience(AUDIENCE).jws().keyId("1").sign();
    }

    /** A token without {@code auth_time}, as some identity providers issue. */
    public static String withoutAuthTime(String user, String... roles) {
        return Jwt.preferredUserName(user).subject(user).claim("site", SITE)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .issuer(ISSUER).audience(AUDIENCE).jws().keyId("1").sign();
    }

    /** The full name the test provider gives a user: "nurse-1" is "Nurse-1 Tester". */
    public static String fullName(String user) {
        return Character.toUpperCase(user.charAt(0)) + user.substring(1) + " Tester";
    }

    public static String forRole(String role) {
        return of(role + "-1", role);
    }

    public static String withAudience(String audience, String role) {
        return Jwt.preferredUserName("x").claim("realm_access", Map.of("roles", List.of(role)))
                .issuer(ISSUER).audience(audience).jws().keyId("1").sign();
    }

    public static String withIssuer(String issuer, String role) {
        return Jwt.preferredUserName("x").claim("realm_access", Map.of("roles", List.of(role)))
                .issuer(issuer).audience(AUDIENCE).jws().keyId("1").sign();
    }

    public static String expired(String role) {
        Instant past = Instant.now().minusSeconds(7200);
        return Jwt.preferredUserName("x").claim("realm_access", Map.of("roles", List.of(role)))
                .issuer(ISSUER).audience(AUDIENCE).issuedAt(past).expiresAt(past.plusSeconds(60)).jws().keyId("1").sign();
    }
}
