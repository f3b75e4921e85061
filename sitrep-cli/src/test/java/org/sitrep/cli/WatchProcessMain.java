package org.sitrep.cli;

import org.sitrep.watch.ArticleCoder;
import picocli.CommandLine;

/**
 * {@code sitrep watch} in a process of its own, for {@link WatchKillTest}: the command as users run
 * it, but with a cheap coder that prints {@code "coding URL"} and sleeps a little per article, so
 * that a test can kill the process while articles are being coded and stored.
 */
public final class WatchProcessMain {
    private WatchProcessMain() {}

    public static void main(String[] args) {
        long sleepMillis = Long.parseLong(args[0]);
        ArticleCoder slow = article -> {
            System.out.println("coding " + article.url());
            System.out.flush();
            try {
                Thread.sleep(sleepMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return WatchFixtures.ONE_EVENT.code(article);
        };
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        System.exit(new CommandLine(new WatchCommand(options -> slow)).execute(rest));
    }
}
