package org.sitrep.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Files a command writes: checked before any work, written beside the target and moved into place. */
final class OutputFiles {
    private OutputFiles() {}

    /** Writes the content of a file and says how many items (lines, events) it wrote. */
    @FunctionalInterface
    interface Content {
        int writeTo(Writer w) throws IOException;
    }

    /**
     * Fails with a usage error unless {@code target} can be written: its folder exists and is
     * writable, and it is no folder itself.
     */
    static void requireWritable(CommandLine cl, String option, Path target) {
        Path parent = target.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent) || Files.isDirectory(target)) {
            throw new CommandLine.ParameterException(cl, option + " cannot be written: " + target);
        }
    }

    /** Writes the content of a file, given its path, and says how many items it wrote. */
    @FunctionalInterface
    interface FileContent {
        int writeTo(Path file) throws IOException;
    }

    /**
     * Writes {@code content} as UTF-8 to a temporary file beside {@code target} and moves it into
     * place atomically, so that a failed write never leaves half a file (the temporary one is removed).
     *
     * @return what {@code content} counted
     */
    static int writeAtomically(Path target, Content content) throws IOException {
        return replaceAtomically(target, file -> {
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                return content.writeTo(w);
            }
        });
    }

    /**
     * Lets {@code content} write a temporary file beside {@code target} (for writers that take a
     * path, such as Parquet's) and moves it into place atomically; the temporary file is removed
     * whatever happens.
     *
     * @return what {@code content} counted
     */
    static int replaceAtomically(Path target, FileContent content) throws IOException {
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".sitrep", ".tmp");
        try {
            int count = content.writeTo(tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return count;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
