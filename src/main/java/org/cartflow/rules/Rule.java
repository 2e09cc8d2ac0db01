package org.cartflow.rules;

/** One rule of the label digest (../shared/label/RULES.md), e.g. LD-1. */
public record Rule(String id, RuleKind kind, String section, String text, Stage stage) {
}
