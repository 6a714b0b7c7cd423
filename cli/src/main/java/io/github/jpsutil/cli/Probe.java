package io.github.jpsutil.cli;

import java.util.Objects;
import java.util.function.Function;

/**
 * The outcome of one psutil function call: its value, or the reason the backend does not provide it
 * ({@link UnsupportedOperationException}, e.g. sensors on macOS or a function whose backend is not
 * written yet). Commands show an unavailable function as a "not available on this OS" line in text
 * and as {@code null} in JSON instead of failing. Every other exception passes through: a value
 * that could not be read is an error, never a silent gap.
 *
 * @param <T> the function's result type
 */
public final class Probe<T> {
  /** A psutil call; may block (intervals), hence may be interrupted. */
  @FunctionalInterface
  public interface Call<T> {
    T get() throws InterruptedException;
  }

  private final String function;
  private final T value;
  private final UnsupportedOperationException unsupported;

  private Probe(String function, T value, UnsupportedOperationException unsupported) {
    this.function = function;
    this.value = value;
    this.unsupported = unsupported;
  }

  /** Calls {@code call}, recording an UnsupportedOperationException instead of throwing it. */
  public static <T> Probe<T> of(String function, Call<T> call) throws InterruptedException {
    Objects.requireNonNull(function, "function");
    try {
      return new Probe<>(function, call.get(), null);
    } catch (UnsupportedOperationException e) {
      return new Probe<>(function, null, e);
    }
  }

  /** psutil's name of the function, e.g. {@code net_if_stats}. */
  public String function() {
    return function;
  }

  public boolean isAvailable() {
    return unsupported == null;
  }

  /**
   * The value.
   *
   * @throws IllegalStateException when the function is not available
   */
  public T value() {
    if (unsupported != null) {
      throw new IllegalStateException(notAvailableLine());
    }
    return value;
  }

  /** {@code convert(value)}, or {@code null} (JSON's null) when not available. */
  public <R> R mapOrNull(Function<? super T, ? extends R> convert) {
    return unsupported == null ? convert.apply(value) : null;
  }

  /** {@code "net_if_stats: not available on this OS (reason)"}. */
  public String notAvailableLine() {
    return function + ": " + notAvailableReason();
  }

  /** {@code "not available on this OS (reason)"}; the reason is the backend's message. */
  public String notAvailableReason() {
    String reason = unsupported == null ? null : unsupported.getMessage();
    return "not available on this OS"
        + (reason == null || reason.isBlank() ? "" : " (" + reason + ")");
  }
}
