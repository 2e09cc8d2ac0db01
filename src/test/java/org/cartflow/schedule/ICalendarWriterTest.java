package org.cartflow.schedule;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ICalendarWriterTest {

    @Test
    void textValuesAreEscaped() {
        assertEquals("a\\, b\\; c\\\\ d\\ne", ICalendarWriter.text("a, b; c\\ d\ne"));
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingUtf8() {
        StringBuilder out = new StringBuilder();
        String value = "DESCRIPTION:" + "温度逸脱".repeat(30) + "x".repeat(100);
        ICalendarWriter.line(out, value);
        String folded = out.toString();
        assertTrue(folded.endsWith("\r\n"));
        String[] lines = folded.substring(0, folded.length() - 2).split("\r\n", -1);
        assertTrue(lines.length > 3);
        for (int i = 0; i < lines.length; i++) {
            assertTrue(lines[i].getBytes(StandardCharsets.UTF_8).length <= 75, "line " + i + " too long");
            if (i > 0) {
                assertEquals(' ', lines[i].charAt(0));
            }
        }
        // unfolding (RFC 5545 3.1: remove CRLF followed by one space) gives the original line back
        assertEquals(value, folded.substring(0, folded.length() - 2).replace("\r\n ", ""));
        StringBuilder exact = new StringBuilder();
        ICalendarWriter.line(exact, "x".repeat(75));
        assertEquals("x".repeat(75) + "\r\n", exact.toString());
    }

    @Test
    void allDayAndTimedEvents() {
        ScheduleItem day = new ScheduleItem("course-1-planned-ld-day1@cartflow", "PLANNED_LD_DAY1",
                LocalDate.of(2026, 12, 24), null, null, null, 1, 2, "MRN-1", "Yamada Hanako", "MANUFACTURING",
                "Planned LD day 1", "by coord, ann");
        ScheduleItem timed = new ScheduleItem("course-1-collection@cartflow", "COLLECTION", LocalDate.of(2026, 12, 2),
                Instant.parse("2026-12-02T00:00:00Z"), "2026-12-02T09:00+09:00", 240, 1, 2, "MRN-1", "Yamada Hanako",
                "ELIGIBLE", "Leukapheresis", "Unit 3F");
        String ics = ICalendarWriter.write(new Schedule(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31),
                List.of("COLLECTION", "PLANNED_LD_DAY1"), List.of(timed, day)), Instant.parse("2026-11-25T03:00:00Z"));
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20261224\r\nDTEND;VALUE=DATE:20261225\r\n"));
        assertTrue(ics.contains("DTSTART:20261202T000000Z\r\nDTEND:20261202T040000Z\r\n"));
        assertTrue(ics.contains("DTSTAMP:20261125T030000Z\r\n"));
        assertTrue(ics.contains("DESCRIPTION:by coord\\, ann\\nCourse 1 (MANUFACTURING)\r\n"));
        assertFalse(ics.contains("Yamada"), "the feed names patients by MRN only");
        assertFalse(ics.replace("\r\n", "").contains("\n"), "bare LF");
    }
}
