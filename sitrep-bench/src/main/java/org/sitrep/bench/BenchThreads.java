package org.sitrep.bench;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Thread plumbing shared by the workloads. */
final class BenchThreads {
    private BenchThreads() {
    }

    /** Daemon threads named {@code prefix-N}, so a failed run never hangs the JVM on exit. */
    static ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Waits for a task; its failure is rethrown unchecked, naming {@code what}.
     *
     * @throws IllegalStateException if the task failed or the wait was interrupted
     */
    static <T> T await(Future<T> future, String what) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(what + " failed: " + e.getCause(), e.getCause());
        }
    }
}
