package org.cartflow.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.cartflow.common.CommonText;
import org.cartflow.common.Problem;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Texts;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The label profiles shipped in the jar (label/profiles/*.json, reviewed like code). A course is judged by the
 * profile in force for the site's jurisdiction on the day it was opened, pinned on the course.
 */
@Singleton
public class LabelProfiles {

    static final List<String> FILES = List.of("abecma-jp-2022.json", "abecma-jp-2023-12-06.json");

    /** The profile of courses opened before profiles were pinned (V30): the rules they were judged by. */
    public static final String ORIGINAL = "abecma-jp-2022";

    private final List<LabelProfile> profiles;

    public LabelProfiles() {
        this(LabelProfiles::siteValue);
    }

    /** {@code site}: the site's value for a profile's NOT FOUND entry, by config key. */
    LabelProfiles(Function<String, Optional<Integer>> site) {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        this.profiles = FILES.stream().map(f -> read(json, "label/profiles/" + f))
                .map(p -> p.withSiteValues(name -> site.apply(configKey(p, name))))
                .sorted(Comparator.comparing(p -> p.effectiveFrom() == null ? LocalDate.MIN : p.effectiveFrom()))
                .toList();
    }

    /** Where a site fills in a NOT FOUND value, e.g. {@code cartflow.label-profiles."abecma-us-2024".someValue}. */
    public static String configKey(LabelProfile p, String name) {
        return "cartflow.label-profiles.\"" + p.id() + "\"." + name;
    }

    private static Optional<Integer> siteValue(String key) {
        return ConfigProvider.getConfig().getOptionalValue(key, Integer.class);
    }

    /**
     * Refuses to use a profile for a course while a NOT FOUND value of its source is not filled in by the site,
     * naming each value and the setting that fills it.
     */
    public static void requireActivatable(LabelProfile p) {
        List<String> missing = p.unfilled();
        if (missing.isEmpty()) {
            return;
        }
        var text = Texts.of(CommonText.class);
        throw new ProblemException(409, "label-profile-incomplete", text.titleProfileIncomplete(),
                text.profileIncomplete(p.id(), String.join(", ", missing)),
                missing.stream().map(n -> new Problem.FieldError(configKey(p, n), text.profileValueNotFound(n)))
                        .toList(), null);
    }

    public List<LabelProfile> all() {
        return profiles;
    }

    public Optional<LabelProfile> find(String id) {
        return profiles.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public LabelProfile get(String id) {
        return find(id).orElseThrow(() -> new IllegalStateException("no label profile " + id));
    }

    /** The profile in force for a jurisdiction on a day. */
    public Optional<LabelProfile> inForce(String jurisdiction, LocalDate day) {
        return profiles.stream().filter(p -> p.jurisdiction().equals(jurisdiction) && p.inForceOn(day)).findFirst();
    }

    private static LabelProfile read(ObjectMapper json, String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + resource);
            }
            return json.readValue(in, LabelProfile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
