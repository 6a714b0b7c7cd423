package io.github.jpsutil.benchmarks;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import java.util.List;

/**
 * The library's cold start, as a fresh JVM on the class path without an application archive meets
 * it: {@code Psutil.local()} and one full scan with psutil's common attributes (the {@code
 * scanFull} set). bench.py times the whole process against {@link BareStart} (the same JVM doing
 * nothing) and against a fresh {@code python3 -c} psutil scan. Prints the process count, so the
 * scan cannot be skipped.
 */
public final class ColdStart {
  private ColdStart() {}

  public static void main(String[] args) {
    Psutil ps = Psutil.local();
    List<OsProcess> all = ps.processIter(JpsutilBench.COMMON, null);
    System.out.println(all.size());
  }
}
