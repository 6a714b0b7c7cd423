package io.github.jpsutil.windows.acquire;

import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * PDH's {@code \System\Processor Queue Length} counter, opened once and sampled on demand: the
 * number psutil's getloadavg() damps (arch/windows/wmi.c). It is an instantaneous count (threads
 * ready to run and waiting for a processor), so one collection per sample gives a value.
 *
 * <p>Why PDH and not a count of ready threads in {@code SystemProcessInformation}: PDH is what
 * psutil reads, so the numbers agree with it, and one counter is far cheaper every 5 s than the
 * whole process and thread table.
 */
public final class QueueLengthCounter {
  /** The English counter path psutil uses. */
  public static final String PATH = "\\System\\Processor Queue Length";

  private final WindowsApi api;
  private final long query;
  private final long counter;

  private QueueLengthCounter(WindowsApi api, long query, long counter) {
    this.api = api;
    this.query = query;
    this.counter = counter;
  }

  /**
   * Opens the counter.
   *
   * @throws UncheckedIOException naming the call and its PDH_STATUS if PDH has no such counter or
   *     refuses the query
   */
  public static QueueLengthCounter open(WindowsApi api) {
    Reply r = api.openCounter(PATH);
    if (r.status() != 0) {
      throw WindowsCalls.failure(
          "PdhOpenQueryW/PdhAddEnglishCounterW(" + PATH + ")", "PDH_STATUS", r.status());
    }
    return new QueueLengthCounter(api, r.bytes().getLong(0), r.bytes().getLong(8));
  }

  /**
   * One collection: the {@code PDH_FMT_COUNTERVALUE}.
   *
   * @throws UncheckedIOException naming the call and its PDH_STATUS
   */
  public ByteBuffer sample() {
    Reply r = api.sampleCounter(query, counter);
    if (r.status() != 0) {
      throw WindowsCalls.failure(
          "PdhCollectQueryData/PdhGetFormattedCounterValue(" + PATH + ")",
          "PDH_STATUS",
          r.status());
    }
    return r.bytes();
  }

  /** Closes the query. */
  public void close() {
    api.closeQuery(query);
  }
}
