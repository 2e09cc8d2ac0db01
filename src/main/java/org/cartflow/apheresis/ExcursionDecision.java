package org.cartflow.apheresis;

/** The documented decision on a temperature excursion of the apheresis product (APH-3). */
public enum ExcursionDecision {
    /** The product may be manufactured despite the excursion (e.g. after the manufacturer's assessment). */
    RELEASE_TO_MANUFACTURING,
    /** The product must not be used; a new collection is needed. */
    DO_NOT_USE
}
