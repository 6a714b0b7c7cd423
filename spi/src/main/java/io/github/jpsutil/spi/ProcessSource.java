package io.github.jpsutil.spi;

import io.github.jpsutil.api.Signal;
import java.util.Map;

/** Access to the processes of the system. */
public interface ProcessSource {
  /**
   * Opens a handle on a live process or zombie. On Linux a thread id is accepted too, as psutil.
   *
   * @param pid the process id
   * @return a handle that remembers the process's identity (start time)
   * @throws io.github.jpsutil.api.NoSuchProcess with msg {@code "process PID not found"} when there
   *     is no such process
   */
  ProcessOps open(int pid);

  /**
   * {@return pid → ppid of every process, for {@code children()}; one pass over the process table}
   */
  default Map<Integer, Integer> ppidMap() {
    throw Unsupported.of(this, "Process.children");
  }

  /**
   * The OS's number for a signal.
   *
   * @param signal the signal by name
   * @return its number on this OS ({@code SIGSTOP} is 19 on Linux, 17 on macOS and FreeBSD)
   * @throws IllegalArgumentException when the OS has no such signal
   */
  default int signalNumber(Signal signal) {
    throw Unsupported.of(this, "Process.send_signal");
  }

  /** {@return the largest valid signal number, for validating raw numbers} */
  default int maxSignal() {
    throw Unsupported.of(this, "Process.send_signal");
  }
}
