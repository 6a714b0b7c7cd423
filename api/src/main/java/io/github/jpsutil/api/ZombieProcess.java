package io.github.jpsutil.api;

import java.util.OptionalInt;

/**
 * The PID still exists but belongs to a zombie that cannot answer the query (psutil's {@code
 * ZombieProcess}, UNIX only). String form: {@code PID still exists but it's a zombie (pid=123,
 * ppid=1, name='foo')}.
 */
public class ZombieProcess extends NoSuchProcess {
  private static final long serialVersionUID = 1L;

  /** psutil's default message. */
  public static final String ZOMBIE = "PID still exists but it's a zombie";

  /**
   * The parent pid; null when not known.
   *
   * @serial
   */
  private final Integer ppid;

  /**
   * Creates the exception with psutil's default message {@link #ZOMBIE}.
   *
   * @param pid the zombie
   */
  public ZombieProcess(int pid) {
    this(pid, null, null, null);
  }

  /**
   * Creates the exception.
   *
   * @param pid the zombie
   * @param name its name, or null when not known
   * @param ppid its parent, or null when not known
   * @param msg the message, or null for {@link #ZOMBIE}
   */
  public ZombieProcess(int pid, String name, Integer ppid, String msg) {
    super(pid, name, msg == null ? ZOMBIE : msg, ppid);
    this.ppid = ppid;
  }

  /** {@return the zombie's parent PID, when known} */
  public OptionalInt ppid() {
    return ppid == null ? OptionalInt.empty() : OptionalInt.of(ppid);
  }
}
