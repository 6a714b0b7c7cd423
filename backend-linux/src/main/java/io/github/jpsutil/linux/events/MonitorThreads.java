package io.github.jpsutil.linux.events;

/** What both monitors do with their reader thread on close. */
final class MonitorThreads {
  private MonitorThreads() {}

  /**
   * Waits until {@code thread} (told to stop) has ended, even if interrupted meanwhile: close()
   * promises no thread left behind. The interrupt is kept for the caller.
   *
   * @throws IllegalStateException when called on {@code thread} itself, which cannot join itself
   */
  static void join(Thread thread) {
    if (Thread.currentThread() == thread) {
      throw new IllegalStateException("close() called on the monitor's own thread");
    }
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
