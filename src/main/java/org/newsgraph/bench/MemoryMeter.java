package org.newsgraph.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak memory of this JVM: the peak heap in use (sum of the heap pools' peaks), the peak live heap
 * (heap in use just after a collection, from GC notifications: what the program really holds), and
 * from {@code /proc/self/status} the peak resident set ({@code VmHWM}, which also counts pages of the
 * memory-mapped TDB2 files) and the peak anonymous resident set ({@code RssAnon}, sampled every 50 ms:
 * heap, stacks and native memory without the mapped files). Linux only for the RSS figures; elsewhere
 * they are -1. Start one per JVM; {@link #newPhase()} measures the parts of a run apart.
 */
final class MemoryMeter implements AutoCloseable {
    private static final Path STATUS = Path.of("/proc/self/status");
    private final AtomicLong liveAfterGc = new AtomicLong();
    private final AtomicLong rssAnonPeak = new AtomicLong(-1);
    private final NotificationListener gcListener = this::onGc;
    private final Thread sampler;
    private volatile boolean running = true;

    MemoryMeter() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(gcListener, null, null);
            }
        }
        sampler = new Thread(this::sample, "memory-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void onGc(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        Map<String, MemoryUsage> after = info.getGcInfo().getMemoryUsageAfterGc();
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage u = after.get(pool.getName());
            if (pool.getType() == MemoryType.HEAP && u != null) {
                used += u.getUsed();
            }
        }
        long u = used;
        liveAfterGc.accumulateAndGet(u, Math::max);
    }

    private void sample() {
        while (running) {
            long anon = statusKb("RssAnon");
            if (anon >= 0) {
                rssAnonPeak.accumulateAndGet(anon * 1024, Math::max);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Peak heap in use, bytes (sum of the heap pools' peaks since start: an upper bound). */
    long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Largest heap in use just after a collection, bytes. */
    long peakLiveHeap() {
        return liveAfterGc.get();
    }

    /** Peak resident set size (VmHWM), bytes, or -1. */
    long peakRss() {
        long kb = statusKb("VmHWM");
        return kb < 0 ? -1 : kb * 1024;
    }

    /** Peak sampled anonymous resident set (RssAnon), bytes, or -1. */
    long peakRssAnon() {
        return rssAnonPeak.get();
    }

    /**
     * Starts a new phase: collects the garbage left by the previous one, then forgets the peaks, so that
     * the next {@link #snapshot()} covers this phase alone. {@code VmHWM} cannot be reset and stays the
     * peak since the JVM started.
     */
    void newPhase() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        liveAfterGc.set(0);
        rssAnonPeak.set(-1);
    }

    /** The peaks since the start or the last {@link #newPhase()}. */
    BenchResult.Memory snapshot() {
        return new BenchResult.Memory(peakHeap(), peakLiveHeap(), peakRss(), peakRssAnon(), Runtime.getRuntime().maxMemory());
    }

    private static long statusKb(String field) {
        try {
            List<String> lines = Files.readAllLines(STATUS);
            for (String l : lines) {
                if (l.startsWith(field + ":")) {
                    return Long.parseLong(l.substring(field.length() + 1).replace("kB", "").strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                try {
                    e.removeNotificationListener(gcListener);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // already gone
                }
            }
        }
    }
}
