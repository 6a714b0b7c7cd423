package io.github.jpsutil.spi;

import io.github.jpsutil.api.Signal;
import java.util.Map;

/** Access to the processes of the system. */
public interface ProcessSource {
  /**
   * Opens a handle on a live process or zombie. On Linux a thread id is accepted too, as psutil.
   *
   * @throws io.github.jpsutil.api.NoSuchProcess with msg {@code "process PID not found"} when there
   *     is no such process
   */
  ProcessOps open(int pid);

  /** pid → ppid of every process, for {@code children()}; one pass over the process table. */
  Map<Integer, Integer> ppidMap();

  /**
   * The OS's number for a signal.
   *
   * @throws IllegalArgumentException when the OS has no such signal
   */
  int signalNumber(Signal signal);

  /** The largest valid signal number, for validating raw numbers. */
  int maxSignal();
}
