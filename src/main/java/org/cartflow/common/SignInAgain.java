package org.cartflow.common;

import java.time.Duration;

/**
 * A signature was asked for on a sign-in older than the allowed age: 401 with RFC 9470's step-up challenge
 * ({@code insufficient_user_authentication}, {@code max_age}), so a client knows to send the user to sign in again.
 */
public class SignInAgain extends ProblemException {

    public static final String TYPE = "reauthentication-required";

    private final Duration maxAge;

    public SignInAgain(String detail, Duration maxAge) {
        super(401, TYPE, Texts.of(CommonText.class).titleSignInAgain(), detail, null, null);
        this.maxAge = maxAge;
    }

    public String challenge() {
        return "Bearer error=\"insufficient_user_authentication\", error_description=\"A more recent authentication "
                + "is required to sign\", max_age=\"" + maxAge.toSeconds() + "\"";
    }
}
