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
    AUTOMATIC,
    MANUAL,
    DISABLED;

    public String value() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** psutil's {@code status()} strings. */
  public enum Status {
    RUNNING,
    PAUSED,
    START_PENDING,
    PAUSE_PENDING,
    CONTINUE_PENDING,
    STOP_PENDING,
    STOPPED;

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
