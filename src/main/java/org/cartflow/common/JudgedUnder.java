package org.cartflow.common;

import jakarta.enterprise.context.RequestScoped;

/**
 * The label profile (id and version) the request's course is judged under, set when the course is loaded, so every
 * refusal's problem body names the label text that refused it, whichever stage raised it.
 */
@RequestScoped
public class JudgedUnder {

    private String profile;
    private String version;

    public void set(String profile, String version) {
        this.profile = profile;
        this.version = version;
    }

    public String profile() {
        return profile;
    }

    public String version() {
        return version;
    }
}
