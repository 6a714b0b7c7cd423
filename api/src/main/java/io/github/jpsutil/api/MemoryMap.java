package io.github.jpsutil.api;

/**
 * All mappings of one path, summed (psutil's {@code memory_maps(grouped=True)} entries).
 *
 * @param path the mapped file, or a pseudo-path such as {@code [heap]}; {@code [anon]} for
 *     anonymous memory on Linux
 * @param stats the sizes of all mappings of {@code path}, summed
 */
public record MemoryMap(String path, MemoryMapStats stats) {
  /**
   * Checks the components.
   *
   * @param path the mapped file, or a pseudo-path such as {@code [heap]}; {@code [anon]} for
   *     anonymous memory on Linux
   * @param stats the sizes of all mappings of {@code path}, summed
   * @throws NullPointerException if a component is null; the message names it
   */
  public MemoryMap {
    Check.notNull("path", path);
    Check.notNull("stats", stats);
  }
}
