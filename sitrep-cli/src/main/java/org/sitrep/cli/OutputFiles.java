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

    /**
     * Writes {@code content} as UTF-8 to a temporary file beside {@code target} and moves it into
     * place atomically, so that a failed write never leaves half a file (the temporary one is removed).
     *
     * @return what {@code content} counted
     */
    static int writeAtomically(Path target, Content content) throws IOException {
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".sitrep", ".tmp");
        try {
            int count;
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                count = content.writeTo(w);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return count;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
