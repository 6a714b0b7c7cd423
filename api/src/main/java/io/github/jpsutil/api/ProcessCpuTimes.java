package io.github.jpsutil.api;

import java.util.Map;

/**
 * CPU time a process and its waited-for children used, in seconds (psutil's {@code pcputimes}).
 * Children times are 0 on Windows and macOS.
 */
public sealed interface ProcessCpuTimes {
  /** {@return seconds the process ran in user mode} */
  double user();

  /** {@return seconds the process ran in kernel mode} */
  double system();

  /** {@return user seconds of the children it waited for; 0 on Windows and macOS} */
  double childrenUser();

  /** {@return kernel seconds of the children it waited for; 0 on Windows and macOS} */
  double childrenSystem();

  /** {@return every field in psutil's order, keyed by psutil's field name} */
  Map<String, Double> asMap();

  /**
   * Linux: {@code iowait} is the time spent waiting for block I/O ({@code delayacct_blkio_ticks}; 0
   * without delay accounting).
   *
   * @param user psutil's {@code user}, CPU seconds
   * @param system psutil's {@code system}, CPU seconds
   * @param childrenUser psutil's {@code children_user}, CPU seconds
   * @param childrenSystem psutil's {@code children_system}, CPU seconds
   * @param iowait psutil's {@code iowait}, CPU seconds
   */
  record Linux(
      double user, double system, double childrenUser, double childrenSystem, double iowait)
      implements ProcessCpuTimes {
    public Map<String, Double> asMap() {
      return Fields.of(
          "user",
          user,
          "system",
          system,
          "children_user",
          childrenUser,
          "children_system",
          childrenSystem,
          "iowait",
          iowait);
    }
  }

  /**
   * Every other OS.
   *
   * @param user psutil's {@code user}, CPU seconds
   * @param system psutil's {@code system}, CPU seconds
   * @param childrenUser psutil's {@code children_user}, CPU seconds
   * @param childrenSystem psutil's {@code children_system}, CPU seconds
   */
  record Basic(double user, double system, double childrenUser, double childrenSystem)
      implements ProcessCpuTimes {
    public Map<String, Double> asMap() {
      return Fields.of(
          "user",
          user,
          "system",
          system,
          "children_user",
          childrenUser,
          "children_system",
          childrenSystem);
    }
  }
}
