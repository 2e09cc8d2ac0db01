package org.cartflow.journey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Move an open course to a newer label profile (e.g. abecma-jp-2023-12-06), with the physician's reason. */
public record LabelProfileMoveRequest(@NotBlank @Size(max = 60) String profile,
        @NotBlank @Size(max = 2000) String reason) {
}
