package io.github.jpsutil.reliability;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.ZombieProcess;

/** What one call gave: a value, or which exception. */
enum Outcome {
  VALUE,
  NO_SUCH_PROCESS,
  ZOMBIE,
  ACCESS_DENIED,
  /** Anything else: the suite counts these as failures. */
  OTHER;

  static Outcome of(Throwable t) {
    if (t instanceof ZombieProcess) {
      return ZOMBIE;
    }
    if (t instanceof NoSuchProcess) {
      return NO_SUCH_PROCESS;
    }
    if (t instanceof AccessDenied) {
      return ACCESS_DENIED;
    }
    return OTHER;
  }

  /**
   * NoSuchProcess, ZombieProcess or AccessDenied: what a process getter may raise (psutil's
   * exceptions for process getters).
   */
  boolean isDocumentedProcessError() {
    return this == NO_SUCH_PROCESS || this == ZOMBIE || this == ACCESS_DENIED;
  }
}
