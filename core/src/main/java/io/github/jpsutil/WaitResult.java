package io.github.jpsutil;

import java.util.List;

/**
 * What {@code waitProcs} found (psutil's {@code (gone, alive)} pair).
 *
 * @param gone processes that terminated; each has its {@link OsProcess#returnCode()} set
 * @param alive processes still running when the timeout passed
 */
public record WaitResult(List<OsProcess> gone, List<OsProcess> alive) {
  /**
   * Copies both lists, unmodifiable.
   *
   * @param gone processes that terminated
   * @param alive processes still running when the timeout passed
   * @throws NullPointerException if a list or an element is null
   */
  public WaitResult {
    gone = List.copyOf(gone);
    alive = List.copyOf(alive);
  }
}
