package io.github.jpsutil.windows.acquire;

/**
 * What one Windows call on a handle returned: a value (a handle, a priority class, an exit code, a
 * FILETIME) and its error, 0 on success ({@code GetLastError()} for Win32, the {@code NTSTATUS} for
 * native calls).
 */
public record Outcome(long value, int error) {
  public static Outcome ok(long value) {
    return new Outcome(value, 0);
  }

  public static Outcome failed(int error) {
    return new Outcome(0, error);
  }
}
