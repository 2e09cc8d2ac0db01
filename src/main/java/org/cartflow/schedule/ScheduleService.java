package org.cartflow.schedule;

import org.cartflow.kernel.SiteRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cartflow.common.PlausibleDates;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Texts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Gathers the dated steps of all active courses from every stage's {@link ScheduleSource}. */
@ApplicationScoped
public class ScheduleService {

    @Inject
    SiteRecords siteRecords;

    static final int DEFAULT_DAYS = 90;
    static final int MAX_DAYS = 366;

    @Inject
    @Any
    Instance<ScheduleSource> sources;

    @Inject
    Clock clock;

    @ConfigProperty(name = "cartflow.hospital.zone")
    String hospitalZone;

    public List<String> knownTypes() {
        List<String> out = new ArrayList<>();
        sources.forEach(s -> out.addAll(s.types()));
        return out;
    }

    /** {@code from}/{@code to} as ISO dates (default: today in the hospital's zone, and 90 days on); types filter. */
    @Transactional
    public Schedule schedule(String fromParam, String toParam, List<String> typeParams) {
        return schedule(fromParam, toParam, typeParams, null);
    }

    /** As {@link #schedule(String, String, List)}, for {@code sites} (a calendar feed's) instead of the caller's. */
    @Transactional
    public Schedule schedule(String fromParam, String toParam, List<String> typeParams, Set<String> sites) {
        LocalDate from = fromParam == null || fromParam.isBlank()
                ? clock.instant().atZone(ZoneId.of(hospitalZone)).toLocalDate() : date("from", fromParam);
        LocalDate to = toParam == null || toParam.isBlank() ? from.plusDays(DEFAULT_DAYS) : date("to", toParam);
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", Texts.of(ScheduleText.class).toBeforeFrom());
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw ProblemException.invalid("to", Texts.of(ScheduleText.class).tooManyDays(MAX_DAYS));
        }
        Set<String> types = types(typeParams);
        List<ScheduleItem> items = new ArrayList<>();
        for (ScheduleSource s : sources) {
            if (s.types().stream().anyMatch(types::contains)) {
                s.items(from, to).stream().filter(i -> types.contains(i.type())).forEach(items::add);
            }
        }
        List<Long> ids = items.stream().map(ScheduleItem::courseId).toList();
        Set<Long> visible = sites == null ? siteRecords.visibleCourseIds(ids) : siteRecords.courseIdsAtSites(ids, sites);
        items.removeIf(i -> !visible.contains(i.courseId()));
        items.sort(Comparator.comparing(ScheduleItem::date)
                .thenComparing(i -> i.startsAt() == null ? java.time.Instant.MIN : i.startsAt())
                .thenComparing(ScheduleItem::type).thenComparingLong(ScheduleItem::courseId));
        return new Schedule(from, to, List.copyOf(types), items);
    }

    private Set<String> types(List<String> params) {
        List<String> known = knownTypes();
        Set<String> out = new LinkedHashSet<>();
        if (params != null) {
            for (String p : params) {
                for (String t : p.split(",")) {
                    String type = t.trim().toUpperCase(Locale.ROOT);
                    if (type.isEmpty()) {
                        continue;
                    }
                    if (!known.contains(type)) {
                        throw ProblemException.invalid("type",
                                Texts.of(ScheduleText.class).unknownType(t.trim(), String.join(", ", known)));
                    }
                    out.add(type);
                }
            }
        }
        return out.isEmpty() ? new LinkedHashSet<>(known) : out;
    }

    private static LocalDate date(String field, String value) {
        try {
            return PlausibleDates.date(field, LocalDate.parse(value.trim()));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, Texts.of(ScheduleText.class).anIsoDate());
        }
    }
}
