package io.github.jpsutil.benchmarks;

/**
 * The process the one-process benchmarks look at: {@code BENCH_TARGET_PID} (run-all.sh starts one
 * idle process and gives its pid to every library), else this JVM.
 */
final class Target {
  private Target() {}

  static int pid() {
    String env = System.getenv("BENCH_TARGET_PID");
    if (env != null && !env.isBlank()) {
      return Integer.parseInt(env.trim());
    }
    return (int) ProcessHandle.current().pid();
  }
}
