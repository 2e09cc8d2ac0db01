package org.cartflow.manufacturing;

/** The starting material of a run: the first run uses the collection; a second one (MFG-1) a new collection or the retained material. */
public enum RunSource {
    ORIGINAL_COLLECTION, NEW_COLLECTION, RETAINED_MATERIAL
}
