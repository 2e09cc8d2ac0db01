package org.cartflow.journey;

import org.cartflow.kernel.Sex;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Registration of a referred patient. hospitalZone defaults to the site's zone (cartflow.hospital.zone); site defaults
 * to the registering user's site and must be one of theirs.
 */
public record PatientRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,32}", message = "{cartflow.mrn.pattern}") String mrn,
        @NotBlank @Size(max = 100) String familyName,
        @NotBlank @Size(max = 100) String givenName,
        @NotNull @Past LocalDate birthDate,
        @NotNull Sex sex,
        @Size(max = 64) String hospitalZone,
        @Size(max = 64) String site) {
}
