package io.github.jpsutil.testkit;

import io.github.jpsutil.OsProcess;
import java.util.Objects;

/**
 * A process the feature-truth contract calls every process method on.
 *
 * @param label how test names show it, e.g. {@code "self"} or {@code "zombie child"}
 * @param process a handle made while the process existed (for {@link State#GONE}: before it went)
 * @param state what the contract may expect of the calls
 */
public record ProcessProbe(String label, OsProcess process, State state) {
  /** What the process is while the calls run. */
  public enum State {
    /**
     * This JVM itself (or, over a fake native layer, a process the fake grants every access to):
     * every declared call returns a value, and every undeclared one raises
     * UnsupportedOperationException.
     */
    SELF,
    /** A running process: values or AccessDenied; never NoSuchProcess. */
    RUNNING,
    /** A zombie: values, ZombieProcess (a NoSuchProcess) or AccessDenied. */
    ZOMBIE,
    /** Gone (reaped) after the handle was made: values, NoSuchProcess or AccessDenied. */
    GONE
  }

  public ProcessProbe {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(state, "state");
  }
}
