package org.cartflow.api;

import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Refusals, problem titles and validation messages are worded in the request's language: Japanese when the UI's
 * "lang" cookie or Accept-Language asks for it, English otherwise. Rule IDs, types and field names never change.
 */
@QuarkusTest
class LanguageTest {

    private static final String ELIG_5_EN = "Record the ECOG performance status at screening.";
    private static final String ELIG_5_JA = "スクリーニング時の ECOG PS を記録してください。";

    @Test
    void aRefusalIsInJapaneseWhenAcceptLanguageAsksForIt() {
        long course = courseInScreening("MALE");
        physician().header("Accept-Language", "ja-JP,ja;q=0.9,en;q=0.8")
                .body(Map.of("transition", "declare-eligible")).post("/courses/" + course + "/transitions")
                .then().statusCode(422).header("Content-Language", "ja")
                .body("type", is("urn:cartflow:problem:guard-refused"))
                .body("title", is("添付文書の規則により記録できません"))
                .body("detail", containsString("declare-eligible」は SITE-1"))
                .body("ruleIds", hasItem("ELIG-5"))
                .body("refusals.find { it.ruleId == 'ELIG-5' }.message", is(ELIG_5_JA));
    }

    @Test
    void englishIsTheDefaultAndWinsWhenPreferred() {
        long course = courseInScreening("MALE");
        physician().body(Map.of("transition", "declare-eligible")).post("/courses/" + course + "/transitions")
                .then().statusCode(422).header("Content-Language", "en")
                .body("title", is("Refused by label rule"))
                .body("refusals.find { it.ruleId == 'ELIG-5' }.message", is(ELIG_5_EN));
        physician().header("Accept-Language", "en-GB, ja;q=0.5")
                .body(Map.of("transition", "declare-eligible")).post("/courses/" + course + "/transitions")
                .then().statusCode(422)
                .body("refusals.find { it.ruleId == 'ELIG-5' }.message", is(ELIG_5_EN));
        physician().header("Accept-Language", "fr-FR, de;q=0.5")
                .body(Map.of("transition", "declare-eligible")).post("/courses/" + course + "/transitions")
                .then().statusCode(422)
                .body("refusals.find { it.ruleId == 'ELIG-5' }.message", is(ELIG_5_EN));
    }

    @Test
    void theUiLanguageCookieOverridesTheBrowserLanguage() {
        long course = courseInScreening("MALE");
        physician().header("Accept-Language", "en").cookie("lang", "ja")
                .body(Map.of("transition", "declare-eligible")).post("/courses/" + course + "/transitions")
                .then().statusCode(422)
                .body("refusals.find { it.ruleId == 'ELIG-5' }.message", is(ELIG_5_JA));
    }

    @Test
    void validationMessagesFollowTheLanguageToo() {
        var body = new java.util.HashMap<>(patientBody("not a valid mrn!", "FEMALE"));
        body.put("familyName", "");
        coordinator().header("Accept-Language", "ja").body(body).post("/patients")
                .then().statusCode(400).header("Content-Language", "ja")
                .body("title", is("リクエストが正しくありません"))
                .body("errors.find { it.field == 'mrn' }.message", is("英数字または「-」で 1〜32 文字"))
                .body("errors.find { it.field == 'familyName' }.message", containsString("空白"));
        coordinator().body(body).post("/patients")
                .then().statusCode(400)
                .body("errors.find { it.field == 'mrn' }.message", is("1-32 letters, digits or '-'"))
                .body("errors.find { it.field == 'familyName' }.message", is("must not be blank"));
    }
}
