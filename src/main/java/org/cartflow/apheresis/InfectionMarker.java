package org.cartflow.apheresis;

import java.util.EnumSet;
import java.util.Set;

/** APH-1: the markers of the four infections checked before leukapheresis (HBV by HBsAg and anti-HBc). */
public enum InfectionMarker {
    CMV("CMV"), HBSAG("HBV"), ANTI_HBC("HBV"), HCV("HCV"), HIV("HIV");

    private final String infection;

    InfectionMarker(String infection) {
        this.infection = infection;
    }

    public String infection() {
        return infection;
    }

    public static Set<InfectionMarker> required() {
        return EnumSet.allOf(InfectionMarker.class);
    }
}
