package org.sitrep.cli;

import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Span;
import org.sitrep.pipeline.ArticleResult;
import org.sitrep.watch.ArticleCoder;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A cheap coder and helpers for the watch tests that need no CoreNLP. */
final class WatchFixtures {
    private WatchFixtures() {}

    /**
     * One "Armed clash" per article, citing its first paragraph: cheap, and it gives each article an
     * event and evidence rows, so that a half-written article would show.
     */
    static final ArticleCoder ONE_EVENT = article -> {
        String first = article.text().split("\n\n", 2)[0];
        Evidence evidence = new Evidence(article.id(), 0, new Span(0, first.length()), first);
        EventMention mention = new EventMention(EventType.ARMED_CLASH, null, null, null, null, null, 0, 0, 0, 0.5, "test coder", List.of(evidence));
        Event event = new Event("ev-" + article.id(), EventType.ARMED_CLASH, null, null, null, null, null, 0, 0, 0, 0.5,
                List.of(mention), 1, 1);
        return new ArticleResult(article, List.of(event), List.of());
    };

    /** Runs {@code sitrep watch ARGS} in-process with {@code coder} instead of the standard pipeline. */
    static Cli.Run watch(ArticleCoder coder, String... args) {
        CommandLine cl = new CommandLine(new WatchCommand(options -> coder));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Cli.Run(exit, out.toString(), err.toString());
    }

    /** Rows of a query on a closed database file, each row's columns joined by '|'. */
    static List<String> rows(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
            return rows;
        }
    }
}
