package org.sitrep.bench;

import java.lang.management.ManagementFactory;

/** The CPU time of this process, for benchmarks that report the work done whatever else runs on the machine. */
final class ProcessCpu {
    private ProcessCpu() {}

    /**
     * CPU time of the whole process (every JVM thread and DuckDB's native threads) in nanoseconds,
     * or -1 where the JVM does not tell it (not HotSpot's {@code com.sun.management} bean).
     */
    static long nanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }
}
