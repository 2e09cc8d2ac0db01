package org.cartflow.journey;

/** Sex as recorded for dosing formulas (Cockcroft-Gault) and pregnancy checks. */
public enum Sex {
    FEMALE, MALE
}
