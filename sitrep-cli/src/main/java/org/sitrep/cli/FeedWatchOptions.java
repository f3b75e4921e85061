package org.sitrep.cli;

import org.sitrep.watch.FeedList;
import org.sitrep.watch.WatchOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The options of every command that polls feeds ({@code watch}, {@code serve --watch}) and the
 * reading of its feeds file: one parser, so that both commands accept and refuse the same values
 * with the same messages (exit 2).
 */
final class FeedWatchOptions {
    /** How long a stop (Ctrl-C) waits for the articles being coded to be stored. */
    static final long STOP_WAIT_SECONDS = 120;

    /** The option names, for a command that accepts them only together with another option. */
    static final List<String> NAMES = List.of("--interval", "--timeout", "--host-delay");

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    @Option(names = "--interval", defaultValue = "15m", paramLabel = "DURATION",
            description = "Time from the start of one round to the start of the next: e.g. 30s, 5m, 1h (default ${DEFAULT-VALUE}).")
    String interval;

    @Option(names = "--timeout", defaultValue = "30s", paramLabel = "DURATION",
            description = "Longest wait for one HTTP response, body included (default ${DEFAULT-VALUE}).")
    String timeout;

    @Option(names = "--host-delay", defaultValue = "1s", paramLabel = "DURATION",
            description = "Least time between two requests to the same host (default ${DEFAULT-VALUE}).")
    String hostDelay;

    /**
     * The time from the start of one round to the start of the next.
     *
     * @throws CommandLine.ParameterException (exit 2) when a value is unusable; also checks the others
     */
    Duration interval(CommandLine cl) {
        checked(cl);
        return duration(cl, "--interval", interval);
    }

    /**
     * The fetching options these values ask for, handling {@code threads} feeds at once.
     *
     * @throws CommandLine.ParameterException (exit 2) naming the option when a value is unusable
     */
    WatchOptions toWatchOptions(CommandLine cl, int threads) {
        checked(cl);
        return WatchOptions.defaults()
                .withRequestTimeout(duration(cl, "--timeout", timeout))
                .withHostDelay(duration(cl, "--host-delay", hostDelay))
                .withThreads(threads);
    }

    private void checked(CommandLine cl) {
        Duration every = duration(cl, "--interval", interval);
        Duration requestTimeout = duration(cl, "--timeout", timeout);
        duration(cl, "--host-delay", hostDelay);
        if (every.isZero() || requestTimeout.isZero()) {
            throw new CommandLine.ParameterException(cl, "--interval and --timeout must be > 0");
        }
    }

    /** "30s", "5m", "1h", "500ms" → a Duration; anything else is a usage error naming the option. */
    static Duration duration(CommandLine cl, String option, String value) {
        Matcher m = DURATION.matcher(value == null ? "" : value.strip());
        if (!m.matches()) {
            throw new CommandLine.ParameterException(cl, option + " must be a number followed by ms, s, m or h (e.g. 30s, 5m), was '" + value + "'");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }

    /**
     * The feed URLs of {@code feedsFile}.
     *
     * @throws CommandLine.ParameterException (exit 2) when the file cannot be read, has a line that
     *     is not an http(s) URL, or lists no feed
     */
    static FeedList readFeeds(CommandLine cl, Path feedsFile) {
        String text;
        try {
            text = Files.readString(feedsFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(cl, "cannot read feeds file " + feedsFile + ": " + e.getMessage());
        }
        FeedList feeds = FeedList.parse(text);
        if (!feeds.errors().isEmpty()) {
            throw new CommandLine.ParameterException(cl, feedsFile + ": " + String.join("; ", feeds.errors()));
        }
        if (feeds.feeds().isEmpty()) {
            throw new CommandLine.ParameterException(cl, feedsFile + " lists no feed URL");
        }
        return feeds;
    }
}
