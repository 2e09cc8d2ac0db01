package org.cartflow.monitoring;

/**
 * POST-5 / TMAL-1-JP24: where a secondary malignancy comes from. Since 2024-03-28 the Japanese label names lymphoid
 * tumours of CAR-positive T-cell origin, so a T-cell lymphoid tumour is told apart from the others.
 */
public enum MalignancyLineage {
    T_CELL_LYMPHOID, OTHER_LYMPHOID, MYELOID, SOLID_OR_SKIN, UNKNOWN
}
