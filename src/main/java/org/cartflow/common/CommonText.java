package org.cartflow.common;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Problem titles and the wording shared by every stage, in English; Japanese in messages/common_ja.properties. */
@MessageBundle("common")
public interface CommonText {

    @Message("Not found")
    String titleNotFound();

    @Message("Invalid input")
    String titleInvalidInput();

    @Message("Invalid request")
    String titleInvalidRequest();

    @Message("Conflict")
    String titleConflict();

    @Message("Forbidden")
    String titleForbidden();

    @Message("Unauthorized")
    String titleUnauthorized();

    @Message("Refused by label rule")
    String titleRefused();

    @Message("Identity mismatch: stop")
    String titleIdentityMismatch();

    @Message("Edited concurrently")
    String titleStale();

    @Message("Idempotency key reused")
    String titleIdempotencyKeyReused();

    @Message("Unknown field")
    String titleUnknownField();

    @Message("Malformed request body")
    String titleMalformedBody();

    @Message("Internal error")
    String titleInternal();

    @Message("Error")
    String titleError();

    @Message("{what} {id} does not exist.")
    String doesNotExist(String what, Object id);

    @Message("Correct the field '{field}' and send the request again.")
    String correctField(String field);

    @Message("Correct these fields and send the request again: {fields}.")
    String correctFields(String fields);

    @Message("Correct the fields and try again.")
    String correctTheFields();

    @Message("Refused by {ruleIds}. Nothing was recorded; resolve each refusal first.")
    String refusedBy(String ruleIds);

    @Message("Only {roles} may {what}.")
    String onlyRolesMay(String roles, String what);

    @Message(" or ")
    String or();

    @Message("The journey is at version {current} but you edited version {expected}. Reload it and decide again.")
    String staleVersion(long current, long expected);

    @Message("Someone else changed this journey at the same time. Reload it and decide again.")
    String editedConcurrently();

    @Message("must be the ETag returned by GET, for example \"3\"")
    String ifMatchNotAnEtag();

    @Message("This Idempotency-Key was used for a different request; use a new key for a new request.")
    String idempotencyKeyReused();

    @Message("already used for another request")
    String alreadyUsedForAnotherRequest();

    @Message("year {year} is outside {first}-{last}")
    String yearOutside(int year, int first, int last);

    @Message("The field '{field}' is not part of this request; remove or correct it.")
    String unknownFieldDetail(String field);

    @Message("unknown field")
    String unknownField();

    @Message("The body could not be read at '{field}': send a JSON object.")
    String unreadableBodySendObject(String field);

    @Message("The body could not be read at '{field}': send a value of the documented type.")
    String unreadableBodySendType(String field);

    @Message("one of {values}")
    String oneOf(String values);

    @Message("not readable as the documented type")
    String notReadableAsType();

    @Message("The body is not valid JSON; check quotes, commas and brackets.")
    String notJson();

    @Message("Your role may not do this. Ask a user with the right role.")
    String roleMayNotDoThis();

    @Message("Send a valid bearer token from the hospital's identity provider.")
    String sendValidToken();

    @Message("This would duplicate an existing record ({constraint}).")
    String duplicate(String constraint);

    @Message("No resource at this path. Check the URL and the identifier.")
    String http404();

    @Message("This method is not allowed on this path.")
    String http405();

    @Message("Ask for application/json.")
    String http406();

    @Message("Send the body as application/json.")
    String http415();

    @Message("The request could not be processed as sent.")
    String httpOther();

    @Message("The request failed inside CartFlow and nothing was saved. Report the time and path to IT.")
    String internal();

    @Message("in the future")
    String inTheFuture();

    @Message("at most 128 characters")
    String atMost128Characters();

    @Message("is in the past")
    String isInThePast();

    @Message(", ")
    String listSeparator();

    @Message("{what} can be recorded while the course is {states}; it is {state}.")
    String recordableWhile(String what, String states, Object state);

    @Message("unknown unit \"{unit}\"; use one of: {accepted} (UCUM codes)")
    String unknownLabUnit(String unit, String accepted);

    @Message("{entered} is {canonical} {canonicalUnit}, outside what a result can be ({low}-{high} {canonicalUnit}); "
            + "check the value and its unit")
    String implausibleLabValue(String entered, String canonical, String canonicalUnit, String low, String high);

    @Message("Label profile not activated")
    String titleProfileIncomplete();

    @Message("Label profile {profile} cannot be used until the site fills in the values its source marks NOT FOUND: {values}. Set each in the application's configuration after checking the label text; CartFlow never guesses them.")
    String profileIncomplete(String profile, String values);

    @Message("{value} is NOT FOUND in the label source: the site must fill it in")
    String profileValueNotFound(String value);

    @Message("Sign in again to sign")
    String titleSignInAgain();

    @Message("This step is an electronic signature ({meaning}). Your last sign-in was {age} ago; a signature needs one "
            + "within the last {maxAge}. Sign in again with your password, then repeat the step (21 CFR 11.200).")
    String signInAgain(String meaning, String age, String maxAge);

    @Message("This step is an electronic signature ({meaning}). Your sign-in does not say when you entered your "
            + "password (no auth_time), so it cannot count as a signature. Sign in again, then repeat the step.")
    String signInAgainNoAuthTime(String meaning);

    @Message("Your account belongs to no site, so it may not see or register patients. Ask the administrator to set "
            + "your site.")
    String noSite();

    @Message("{site} is not one of your sites ({yours}).")
    String notYourSite(String site, String yours);

    @Message("You work at several sites ({yours}): name the patient's site.")
    String whichSite(String yours);

    @Message("A break-the-glass read needs a reason of at least {min} characters in the Break-Glass-Reason header.")
    String breakGlassReason(int min);

    // Overrides of trial rules (transitions and stage commands alike)

    @Message("no rule {ruleId} in the label catalog")
    String noSuchRule(String ruleId);

    @Message("Label rule cannot be overridden")
    String titleNotOverridable();

    @Message("{ruleId} is a label rule: it is a hard stop. Only trial-derived rules can be overridden.")
    String labelRuleIsHardStop(String ruleId);

    @Message("label rule")
    String labelRule();

    @Message("Only a physician may override a trial rule ({ruleId}).")
    String onlyPhysicianOverrides(String ruleId);
}
