package org.cartflow.apheresis;

import java.util.regex.Pattern;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Texts;

/**
 * The ISBT 128 Donation Identification Number of a collection: facility identification number (5), year (2) and
 * sequence number (6), 13 characters, keyed with its ISO 7064 MOD 37-2 check character.
 */
public final class DonationIdentificationNumber {

    private static final Pattern DIN = Pattern.compile("[A-Z0-9][0-9A-Z]{4}[0-9]{2}[0-9]{6}");
    private static final Pattern CHECK = Pattern.compile("[0-9A-Z*]");

    private DonationIdentificationNumber() {
    }

    /** Normalises (upper case, spaces removed) and validates; a wrong check character is a 422 naming the field. */
    public static String validated(String din, String checkCharacter, String dinField, String checkField) {
        var text = Texts.of(ApheresisText.class);
        String d = normalise(din);
        if (!DIN.matcher(d).matches()) {
            throw ProblemException.invalid(dinField, text.dinFormat());
        }
        String c = checkCharacter == null ? "" : checkCharacter.trim().toUpperCase(java.util.Locale.ROOT);
        if (!CHECK.matcher(c).matches()) {
            throw ProblemException.invalid(checkField, text.dinCheckFormat());
        }
        if (!Iso7064Mod37_2.isValid(d, c.charAt(0))) {
            throw ProblemException.invalid(checkField, text.dinCheckWrong(c, d));
        }
        return d;
    }

    public static String normalise(String din) {
        return din == null ? "" : din.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }
}
