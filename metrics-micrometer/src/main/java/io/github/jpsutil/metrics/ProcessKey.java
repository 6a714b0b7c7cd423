package io.github.jpsutil.metrics;

import java.time.Instant;

/**
 * One process, not one pid: a pid reused by a later process is another key, so its meters and its
 * CPU baseline start afresh.
 *
 * @param pid the process id
 * @param started its creation time
 */
record ProcessKey(int pid, Instant started) {}
