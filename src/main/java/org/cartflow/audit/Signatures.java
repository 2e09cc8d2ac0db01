package org.cartflow.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cartflow.common.CommonText;
import org.cartflow.common.CurrentUser;
import org.cartflow.common.SignInAgain;
import org.cartflow.common.Texts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Electronic signatures (21 CFR Part 11, Japan's ER/ES guideline). A signing step first proves the signer entered
 * their credentials recently: the token's {@code auth_time} must be at most {@code cartflow.signature.max-auth-age}
 * old, so an unattended session cannot sign. The signature then stores the signer's subject, user name, full name,
 * role and the meaning, linked to the record, in a table the application may only append to.
 */
@ApplicationScoped
public class Signatures {

    /** auth_time is the identity provider's wall clock, not the clinical clock (which tests may move). */
    private static final Clock WALL = Clock.systemUTC();

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @ConfigProperty(name = "cartflow.signature.max-auth-age", defaultValue = "300")
    Duration maxAuthAge;

    /** Only the local OIDC Dev Service, whose tokens carry no auth_time, sets this (dev profile). */
    @ConfigProperty(name = "cartflow.signature.issued-at-as-auth-time", defaultValue = "false")
    boolean issuedAtAsAuthTime;

    /**
     * Signs the record as the current user acting as {@code role}, or refuses with 401 "sign in again" (nothing is
     * written: the caller's transaction rolls back).
     */
    public SignatureView sign(SignatureMeaning meaning, String role, long courseId, String recordType, long recordId) {
        Instant authenticatedAt = requireFreshAuthentication(meaning);
        ElectronicSignature s = new ElectronicSignature();
        s.courseId = courseId;
        s.recordType = recordType;
        s.recordId = recordId;
        s.meaning = meaning;
        s.meaningText = meaning.text();
        s.signerSubject = user.subject();
        s.signerUsername = user.name();
        s.signerName = user.fullName();
        s.signerRole = role;
        s.signedAt = clock.instant();
        s.authenticatedAt = authenticatedAt;
        s.persist();
        return SignatureView.of(s);
    }

    /** When the signer last authenticated, if recent enough to sign; else {@link SignInAgain}. */
    public Instant requireFreshAuthentication(SignatureMeaning meaning) {
        var text = Texts.of(CommonText.class);
        Optional<Instant> at = user.authenticatedAt();
        if (at.isEmpty() && issuedAtAsAuthTime) {
            at = user.tokenIssuedAt();
        }
        if (at.isEmpty()) {
            throw new SignInAgain(text.signInAgainNoAuthTime(meaning.text()), maxAuthAge);
        }
        Duration age = Duration.between(at.get(), WALL.instant());
        if (age.compareTo(maxAuthAge) > 0) {
            throw new SignInAgain(text.signInAgain(meaning.text(), minutes(age), minutes(maxAuthAge)), maxAuthAge);
        }
        return at.get();
    }

    public List<SignatureView> of(String recordType, long recordId) {
        return ElectronicSignature.<ElectronicSignature>find("recordType = ?1 and recordId = ?2 order by id", recordType,
                recordId).stream().map(SignatureView::of).toList();
    }

    /** The course's signatures on records of one type, e.g. all its manufacturing runs. */
    public List<SignatureView> ofCourse(long courseId, String recordType) {
        return ElectronicSignature.<ElectronicSignature>find("courseId = ?1 and recordType = ?2 order by id", courseId,
                recordType).stream().map(SignatureView::of).toList();
    }

    public List<SignatureView> ofCourse(long courseId) {
        return ElectronicSignature.<ElectronicSignature>find("courseId = ?1 order by id", courseId).stream()
                .map(SignatureView::of).toList();
    }

    private static String minutes(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s < 120 ? s + " s" : (s / 60) + " min";
    }
}
