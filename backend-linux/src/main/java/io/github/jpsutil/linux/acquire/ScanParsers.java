package io.github.jpsutil.linux.acquire;

import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.Uids;
import io.github.jpsutil.linux.acquire.WholeFileReader.BytesParser;
import io.github.jpsutil.linux.parse.PidCmdline;
import io.github.jpsutil.linux.parse.PidStat;
import io.github.jpsutil.linux.parse.PidStatm;
import io.github.jpsutil.linux.parse.PidStatus;
import java.util.List;

/**
 * The parsers of the files a process scan reads, as instances of this one class rather than a
 * method reference each: every lambda or method reference spins a hidden class the first time it
 * runs, and the first of them starts the JDK's lambda machinery, a cost every cold start pays.
 * Comparisons of an int, not an enum switch (javac would add a lookup class).
 *
 * @param <T> what the parser gives
 */
public final class ScanParsers<T> implements BytesParser<T> {
  /** {@code /proc/<pid>/stat}, {@link PidStat#parse(byte[], int)}. */
  public static final BytesParser<PidStat> STAT = new ScanParsers<>(0, 0);

  /** {@code /proc/<pid>/cmdline}, {@link PidCmdline#parse}. */
  public static final BytesParser<List<String>> CMDLINE = new ScanParsers<>(1, 0);

  /** The Uid line of {@code /proc/<pid>/status}, {@link PidStatus#uids}. */
  public static final BytesParser<Uids> UIDS = new ScanParsers<>(2, 0);

  /** The Threads line of {@code /proc/<pid>/status}, {@link PidStatus#numThreads}. */
  public static final BytesParser<Integer> NUM_THREADS = new ScanParsers<>(3, 0);

  private static final int STATM = 4;

  private final int kind;
  private final long pageSize;

  private ScanParsers(int kind, long pageSize) {
    this.kind = kind;
    this.pageSize = pageSize;
  }

  /**
   * {@code /proc/<pid>/statm}, {@link PidStatm#parse}.
   *
   * @param pageSize bytes per page
   * @return the parser, for one page size
   */
  public static BytesParser<MemoryInfo.Linux> statm(long pageSize) {
    return new ScanParsers<>(STATM, pageSize);
  }

  @Override
  @SuppressWarnings("unchecked") // each constant's type argument is what its kind returns
  public T parse(byte[] b, int len) {
    Object value;
    if (kind == 0) {
      value = PidStat.parse(b, len);
    } else if (kind == 1) {
      value = PidCmdline.parse(b, len);
    } else if (kind == 2) {
      value = PidStatus.uids(b, len);
    } else if (kind == 3) {
      value = PidStatus.numThreads(b, len);
    } else {
      value = PidStatm.parse(b, len, pageSize);
    }
    return (T) value;
  }
}
