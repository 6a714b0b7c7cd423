package io.github.jpsutil.api;

import java.util.OptionalInt;

/**
 * A Windows service (psutil's {@code WindowsService}, from {@code win_service_iter()} and {@code
 * win_service_get(name)}); equality is by {@code name}, as psutil.
 *
 * @param name the service name
 * @param displayName the name shown in the Services console
 * @param binpath the command line, with arguments
 * @param username the account it runs as
 * @param startType automatic, manual or disabled
 * @param pid the process running it, if it runs
 * @param status the service state
 * @param description the description; "" when the resource is missing
 */
public record WindowsService(
    String name,
    String displayName,
    String binpath,
    String username,
    StartType startType,
    OptionalInt pid,
    Status status,
    String description) {

  /**
   * Checks the components.
   *
   * @param name the service name
   * @param displayName the name shown in the Services console
   * @param binpath the command line, with arguments
   * @param username the account it runs as
   * @param startType automatic, manual or disabled
   * @param pid the process running it, if it runs
   * @param status the service state
   * @param description the description; "" when the resource is missing
   * @throws NullPointerException if a component is null; the message names it
   */
  public WindowsService {
    Check.notNull("name", name);
    Check.notNull("displayName", displayName);
    Check.notNull("binpath", binpath);
    Check.notNull("username", username);
    Check.notNull("startType", startType);
    Check.notNull("pid", pid);
    Check.notNull("status", status);
    Check.notNull("description", description);
  }

  /** psutil's {@code start_type()} strings. */
  public enum StartType {
    /** Started at boot ({@code SERVICE_AUTO_START}). */
    AUTOMATIC,
    /** Started on demand ({@code SERVICE_DEMAND_START}). */
    MANUAL,
    /** Cannot be started ({@code SERVICE_DISABLED}). */
    DISABLED;

    /** {@return psutil's string: the name in lower case, e.g. {@code "automatic"}} */
    public String value() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** psutil's {@code status()} strings. */
  public enum Status {
    /** Running ({@code SERVICE_RUNNING}). */
    RUNNING,
    /** Paused ({@code SERVICE_PAUSED}). */
    PAUSED,
    /** Starting ({@code SERVICE_START_PENDING}). */
    START_PENDING,
    /** Pausing ({@code SERVICE_PAUSE_PENDING}). */
    PAUSE_PENDING,
    /** Resuming ({@code SERVICE_CONTINUE_PENDING}). */
    CONTINUE_PENDING,
    /** Stopping ({@code SERVICE_STOP_PENDING}). */
    STOP_PENDING,
    /** Stopped ({@code SERVICE_STOPPED}). */
    STOPPED;

    /** {@return psutil's string: the name in lower case, e.g. {@code "start_pending"}} */
    public String value() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WindowsService other && other.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }
}
