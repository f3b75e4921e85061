package org.sitrep.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code corpus}: writes a generated benchmark corpus ({@link CorpusGenerator}) as JSON Lines files
 * that sitrep's ingest reads ({@code url, title, published, source, text}), {@value #PER_FILE}
 * articles a file, named {@code KIND-SEED-NNNNN.jsonl}.
 */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = {"Write a generated corpus of news articles (JSON Lines) for the throughput harness:"
                + " 'conflict' (every article about armed conflict, most reporting an event) or 'firehose'"
                + " (1 article in 10 about conflict; sport, business, culture, science, weather, politics otherwise)."})
public final class CorpusCommand implements Callable<Integer> {
    static final int PER_FILE = 100;

    @Spec
    private CommandSpec spec;

    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "conflict or firehose.")
    private String kind;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "1000", description = "Articles to write (default: ${DEFAULT-VALUE}).")
    private int articles;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed; the same seed writes the same files (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write into (created if absent).")
    private Path out;

    @Override
    public Integer call() {
        CorpusGenerator.Kind k;
        try {
            k = CorpusGenerator.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--kind must be conflict or firehose, was " + kind);
        }
        if (articles < 1) {
            throw new ParameterException(spec.commandLine(), "--articles must be >= 1, was " + articles);
        }
        List<GeneratedArticle> generated = new CorpusGenerator().generate(k, articles, seed);
        try {
            Files.createDirectories(out);
            ObjectMapper json = new ObjectMapper();
            String prefix = k.name().toLowerCase(Locale.ROOT) + "-" + seed + "-";
            for (int from = 0; from < generated.size(); from += PER_FILE) {
                Path file = out.resolve(prefix + String.format(Locale.ROOT, "%05d", from) + ".jsonl");
                try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    for (GeneratedArticle a : generated.subList(from, Math.min(generated.size(), from + PER_FILE))) {
                        w.write(line(json, a));
                        w.write('\n');
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus into " + out, e);
        }
        long conflict = generated.stream().filter(a -> a.topic() == CorpusGenerator.Topic.CONFLICT).count();
        long words = generated.stream().mapToLong(GeneratedArticle::words).sum();
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %d articles (%d about conflict, %d words) into %s%n",
                generated.size(), conflict, words, out);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static String line(ObjectMapper json, GeneratedArticle a) throws JsonProcessingException {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("url", a.url());
        fields.put("title", a.title());
        fields.put("published", a.published().toString());
        fields.put("text", a.text());
        return json.writeValueAsString(fields);
    }
}
