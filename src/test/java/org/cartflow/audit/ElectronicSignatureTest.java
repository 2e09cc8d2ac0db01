package org.cartflow.audit;

import static io.restassured.RestAssured.given;
import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import org.cartflow.support.OpenApiContract;
import org.cartflow.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 item 3: a signing step (here the pharmacist's LD verification, "verified LD doses") needs a recent sign-in
 * (21 CFR 11.200, Japan's ER/ES guideline); the signature keeps the signer's subject, name, role and its meaning.
 */
@QuarkusTest
class ElectronicSignatureTest {

    @Inject
    AgroalDataSource db;

    private static RequestSpecification pharmacistWith(String token) {
        return given().filter(OpenApiContract.FILTER).header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static long prescribedOrder(long course) {
        return prescribedLdOrder(course, LocalDate.now(TOKYO).plusDays(1));
    }

    private static String verification(long course, long order) {
        return "/courses/" + course + "/lymphodepletion/orders/" + order + "/verification";
    }

    @Test
    void aSignatureOnASignInOlderThanFiveMinutesIsRefusedAndNothingIsWritten() {
        long course = courseWithProductReceived("FEMALE", c -> { }, null);
        long order = prescribedOrder(course);
        String stale = Tokens.signedInAt(Instant.now().minusSeconds(600), "pharm-lee", "pharmacist");

        pharmacistWith(stale).post(verification(course, order)).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", allOf(containsString("insufficient_user_authentication"),
                        containsString("max_age=\"300\"")))
                .body("type", equalTo("urn:cartflow:problem:reauthentication-required"))
                .body("detail", allOf(containsString("verified LD doses"), containsString("Sign in again")));

        pharmacist().get("/courses/" + course + "/lymphodepletion").then().statusCode(200)
                .body("orders.find { it.id == " + order + " }.status", equalTo("PRESCRIBED"))
                .body("orders.find { it.id == " + order + " }.verification", nullValue());
        pharmacist().get("/courses/" + course + "/signatures").then().statusCode(200).body("size()", is(0));
    }

    @Test
    void aTokenThatDoesNotSayWhenTheUserSignedInCannotSign() {
        long course = courseWithProductReceived("MALE", c -> { }, null);
        long order = prescribedOrder(course);
        pharmacistWith(Tokens.withoutAuthTime("pharm-lee", "pharmacist")).post(verification(course, order)).then()
                .statusCode(401).body("type", equalTo("urn:cartflow:problem:reauthentication-required"))
                .body("detail", containsString("auth_time"));
    }

    @Test
    void aFreshSignatureIsStoredWithSubjectNameRoleAndMeaningAndShownWithTheOrder() {
        long course = courseWithProductReceived("FEMALE", c -> { }, null);
        long order = prescribedOrder(course);
        String fresh = Tokens.signedInAt(Instant.now().minusSeconds(60), "pharm-lee", "pharmacist");

        pharmacistWith(fresh).post(verification(course, order)).then().statusCode(200)
                .body("orders.find { it.id == " + order + " }.status", equalTo("VERIFIED"))
                .body("orders.find { it.id == " + order + " }.verification.meaning", equalTo("LD_DOSES_VERIFIED"))
                .body("orders.find { it.id == " + order + " }.verification.meaningText", equalTo("verified LD doses"))
                .body("orders.find { it.id == " + order + " }.verification.signerSubject", equalTo("pharm-lee"))
                .body("orders.find { it.id == " + order + " }.verification.signerName", equalTo("Pharm-lee Tester"))
                .body("orders.find { it.id == " + order + " }.verification.signerRole", equalTo("pharmacist"))
                .body("orders.find { it.id == " + order + " }.verification.authenticatedAt", notNullValue());

        int signatureId = pharmacist().get("/courses/" + course + "/signatures").then().statusCode(200)
                .body("size()", is(1)).body("[0].recordType", equalTo("ld-order"))
                .body("[0].recordId", is((int) order)).body("[0].signerUsername", equalTo("pharm-lee"))
                .extract().path("[0].id");
        // the audit event of the verification names the signature, so the signature is under the keyed chain too
        pharmacist().get("/courses/" + course + "/audit?limit=1000").then().statusCode(200)
                .body("find { it.action == 'lymphodepletion.order.verified' }.details.signatureId", is(signatureId));
        admin().get("/courses/" + course + "/signatures").then().statusCode(200).body("size()", is(1));
        nurse().get("/courses/999999999/signatures").then().statusCode(404);
    }

    @Test
    void theRuntimeRoleCanOnlyAppendSignatures() throws SQLException {
        long course = courseWithProductReceived("MALE", c -> { }, null);
        pharmacist().post(verification(course, prescribedOrder(course))).then().statusCode(200);
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (String sql : new String[] {
                    "update e_signature set signer_name = 'someone else' where course_id = " + course,
                    "delete from e_signature where course_id = " + course,
                    "truncate e_signature" }) {
                SQLException refused = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                assertTrue(refused.getMessage().contains("permission denied"), sql + ": " + refused.getMessage());
            }
        }
    }
}
