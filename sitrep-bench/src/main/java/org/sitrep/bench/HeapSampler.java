package org.sitrep.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Tracks the peak heap use of this JVM between {@link #reset} and {@link #peakHeapBytes}.
 *
 * <p>Two sources, because neither alone sees the peak: a daemon thread samples
 * {@link MemoryMXBean#getHeapMemoryUsage()} at a fixed interval, and a listener on the garbage
 * collectors' notifications reads the heap use just <em>before</em> each collection, which is
 * where the true peaks are and which sampling mostly misses. The same notifications give the heap
 * use just <em>after</em> each collection, whose maximum is the largest live set seen.
 *
 * <p>Thread-safe. Figures are in bytes and include every thread of the JVM, so measure one
 * workload at a time.
 */
public final class HeapSampler implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Set<String> heapPools;
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onGc;
    private final Thread sampler;
    private volatile boolean closed;

    private HeapSampler(Duration interval) {
        this.heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName)
                .collect(Collectors.toUnmodifiableSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
        long millis = Math.max(1, interval.toMillis());
        this.sampler = new Thread(() -> sampleUntilClosed(millis), "heap-sampler");
        sampler.setDaemon(true);
    }

    /**
     * Starts sampling now.
     *
     * @param interval time between samples; 10-50 ms costs nothing measurable
     */
    public static HeapSampler start(Duration interval) {
        HeapSampler s = new HeapSampler(interval);
        s.reset();
        s.sampler.start();
        return s;
    }

    /** Forgets the peaks seen so far; the peak starts again from the current heap use. */
    public void reset() {
        peak.set(memory.getHeapMemoryUsage().getUsed());
        peakLive.set(0);
    }

    /** Highest heap use seen since the last {@link #reset}, uncollected garbage included. */
    public long peakHeapBytes() {
        record(peak, memory.getHeapMemoryUsage().getUsed());
        return peak.get();
    }

    /** Highest heap use right after a collection since the last {@link #reset}; 0 if none ran. */
    public long peakLiveHeapBytes() {
        return peakLive.get();
    }

    private void sampleUntilClosed(long millis) {
        while (!closed) {
            record(peak, memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void onGc(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        record(peak, heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()));
        record(peakLive, heapUsed(info.getGcInfo().getMemoryUsageAfterGc()));
    }

    private long heapUsed(Map<String, MemoryUsage> byPool) {
        long used = 0;
        for (Map.Entry<String, MemoryUsage> e : byPool.entrySet()) {
            if (heapPools.contains(e.getKey())) {
                used += e.getValue().getUsed();
            }
        }
        return used;
    }

    private static void record(AtomicLong max, long value) {
        max.accumulateAndGet(value, Math::max);
    }

    @Override
    public void close() {
        closed = true;
        sampler.interrupt();
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // Already gone: nothing left to undo.
            }
        }
        emitters.clear();
    }
}
