package org.sitrep.extract;

import org.sitrep.model.DatePrecision;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date a sentence gives for its event and resolves it against the publication date.
 * Absolute dates ("8 May 2020", "May 8") resolve without one; relative ones ("on Tuesday",
 * "yesterday", "last week") only with it. A weekday means the latest such day on or before the
 * publication day, as news uses it. No date is ever invented.
 */
final class DateResolver {
    /** A resolved date with ACLED precision, and whether the text placed the event in an earlier year (history). */
    record Resolved(LocalDate date, DatePrecision precision) {}

    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)? " + MONTHS + "(?:,? (\\d{4}))?\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTHS + " (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern YESTERDAY = Pattern.compile("\\b(yesterday|last night)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TODAY = Pattern.compile("\\b(today|this morning|earlier today|tonight|this afternoon|this evening)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LAST_WEEK = Pattern.compile("\\b(last week|this week|past week)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LAST_MONTH = Pattern.compile("\\b(last month|this month|past month)\\b", Pattern.CASE_INSENSITIVE);
    /** "in 2014", "since 2016", "last year", "in March 2019": the sentence speaks of an earlier time. */
    private static final Pattern YEAR = Pattern.compile("\\b(?:in|since|during|by|of|from|until)\\s+(?:" + MONTHS + "\\s+)?((?:19|20)\\d{2})\\b");
    private static final Pattern LAST_YEAR = Pattern.compile("\\b(last year|past year|previous year|a year ago|years ago)\\b", Pattern.CASE_INSENSITIVE);

    private DateResolver() {}

    /** "said on Tuesday", "in a statement on Thursday": the day of the telling, not of the event. */
    private static final Pattern TELLING_DAY = Pattern.compile("\\b(statement|said|says|announced|told [A-Z][\\w ]*?|added|reported|confirmed)\\s+(late |early )?on\\s+"
            + "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

    /** The date the sentence gives, or null. */
    static Resolved resolve(String sentenceText, LocalDate published) {
        String sentence = TELLING_DAY.matcher(sentenceText).replaceAll("$1");
        Matcher m = DAY_MONTH.matcher(sentence);
        if (m.find()) {
            LocalDate d = absolute(Integer.parseInt(m.group(1)), m.group(2), m.group(3), published);
            if (d != null) {
                return new Resolved(d, DatePrecision.DAY);
            }
        }
        m = MONTH_DAY.matcher(sentence);
        if (m.find()) {
            LocalDate d = absolute(Integer.parseInt(m.group(2)), m.group(1), m.group(3), published);
            if (d != null) {
                return new Resolved(d, DatePrecision.DAY);
            }
        }
        if (published == null) {
            return null;
        }
        m = WEEKDAY.matcher(sentence);
        if (m.find()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            return new Resolved(published.with(TemporalAdjusters.previousOrSame(day)), DatePrecision.DAY);
        }
        if (YESTERDAY.matcher(sentence).find()) {
            return new Resolved(published.minusDays(1), DatePrecision.DAY);
        }
        if (TODAY.matcher(sentence).find()) {
            return new Resolved(published, DatePrecision.DAY);
        }
        if (LAST_WEEK.matcher(sentence).find()) {
            return new Resolved(published.minusDays(7), DatePrecision.WEEK);
        }
        if (LAST_MONTH.matcher(sentence).find()) {
            return new Resolved(published.minusMonths(1), DatePrecision.MONTH);
        }
        return null;
    }

    /**
     * True when the sentence places what it tells in an earlier year than the publication ("in 2014",
     * "last year"), or, without a publication date, in a year before the latest year the article names.
     */
    static boolean historical(String sentence, LocalDate published, int latestYearInArticle) {
        if (LAST_YEAR.matcher(sentence).find()) {
            return true;
        }
        Matcher m = YEAR.matcher(sentence);
        int reference = published != null ? published.getYear() : latestYearInArticle;
        while (m.find()) {
            int year = Integer.parseInt(m.group(2));
            if (reference > 0 && year < reference) {
                return true;
            }
        }
        return false;
    }

    /** The latest four-digit year (1900–2099) the text names, or 0. */
    static int latestYear(String text) {
        Matcher m = Pattern.compile("\\b((?:19|20)\\d{2})\\b").matcher(text);
        int max = 0;
        while (m.find()) {
            max = Math.max(max, Integer.parseInt(m.group(1)));
        }
        return max;
    }

    private static LocalDate absolute(int day, String monthName, String year, LocalDate published) {
        Month month = month(monthName);
        if (month == null || day < 1 || day > 31) {
            return null;
        }
        int y;
        if (year != null) {
            y = Integer.parseInt(year);
        } else if (published != null) {
            y = published.getYear();
        } else {
            return null;
        }
        try {
            LocalDate d = LocalDate.of(y, month, day);
            // "December 30" in a January article is last year's.
            if (year == null && published != null && d.isAfter(published.plusDays(1))) {
                d = d.minusYears(1);
            }
            return d;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static Month month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        for (Month m : Month.values()) {
            String full = m.name().toLowerCase(Locale.ROOT);
            if (full.equals(n) || (n.length() >= 3 && full.startsWith(n))) {
                return m;
            }
        }
        return null;
    }
}
