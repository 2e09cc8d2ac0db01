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
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        this.profiles = FILES.stream().map(f -> read(json, "label/profiles/" + f))
                .sorted(Comparator.comparing(p -> p.effectiveFrom() == null ? LocalDate.MIN : p.effectiveFrom()))
                .toList();
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
