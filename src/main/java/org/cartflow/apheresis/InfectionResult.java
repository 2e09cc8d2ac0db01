package org.cartflow.apheresis;

public enum InfectionResult {
    NEGATIVE, POSITIVE
}
