package org.cartflow.kernel;

/** Sex as recorded for dosing formulas (Cockcroft-Gault) and pregnancy checks. */
public enum Sex {
    FEMALE, MALE
}
