package org.cartflow.schedule;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes the schedule as an RFC 5545 iCalendar stream: CRLF line ends, content lines folded at 75 octets (never
 * inside a UTF-8 sequence), TEXT values escaped. All-day steps are DATE events; timed steps are UTC DATE-TIME events.
 * The feed names patients by MRN only: calendar clients sync it to places the hospital does not control. A personal
 * feed (a URL a calendar app subscribes to, issue 22 item 4) names them by initials only, with a link to the course
 * page that asks the reader to sign in.
 */
public final class ICalendarWriter {

    static final String CRLF = "\r\n";
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private ICalendarWriter() {
    }

    public static String write(Schedule schedule, Instant stamp) {
        return write(schedule, stamp, null);
    }

    /** {@code linkBase} null: events name the MRN; else the patient's initials and a link to the course under it. */
    public static String write(Schedule schedule, Instant stamp, String linkBase) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//CartFlow//Coordinator schedule//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text("CartFlow schedule"));
        for (ScheduleItem i : schedule.items()) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + i.uid());
            line(out, "DTSTAMP:" + UTC.format(stamp));
            if (i.startsAt() != null) {
                line(out, "DTSTART:" + UTC.format(i.startsAt()));
                line(out, "DTEND:" + UTC.format(i.startsAt().plusSeconds(60L * i.durationMinutes())));
            } else {
                line(out, "DTSTART;VALUE=DATE:" + DATE.format(i.date()));
                line(out, "DTEND;VALUE=DATE:" + DATE.format(i.date().plusDays(1)));
                line(out, "TRANSP:TRANSPARENT");
            }
            line(out, "SUMMARY:" + text(i.summary() + (linkBase == null ? " - MRN " + i.mrn()
                    : " - " + initials(i.patientName()))));
            if (linkBase != null) {
                line(out, "URL:" + linkBase + "/ui/courses/" + i.courseId());
            }
            line(out, "DESCRIPTION:" + text(i.detail() + "\nCourse " + i.courseId() + " (" + i.courseState() + ")"));
            line(out, "CATEGORIES:" + text(i.type()));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** "Yamada Hanako" -> "Y.H.": enough for the ward to recognise, too little to identify elsewhere. */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String part : name.strip().split("\\s+")) {
            if (!part.isEmpty()) {
                b.appendCodePoint(part.codePointAt(0)).append('.');
            }
        }
        return b.toString();
    }

    /** RFC 5545 3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values. */
    static String text(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\n' -> b.append("\\n");
                case '\r' -> {
                }
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** RFC 5545 3.1: lines longer than 75 octets are folded with CRLF and one space. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length();) {
            int cp = content.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + n > limit) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
        out.append(CRLF);
    }
}
