package io.github.jpsutil.api;

/**
 * All mappings of one path, summed (psutil's {@code memory_maps(grouped=True)} entries).
 *
 * @param path the mapped file, or a pseudo-path such as {@code [heap]}; {@code [anon]} for
 *     anonymous memory on Linux
 */
public record MemoryMap(String path, MemoryMapStats stats) {
  public MemoryMap {
    Check.notNull("path", path);
    Check.notNull("stats", stats);
  }
}
