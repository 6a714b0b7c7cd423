package io.github.jpsutil.api;

/**
 * One mapping of a process's address space (psutil's {@code memory_maps(grouped=False)} entries).
 *
 * @param addr address range, e.g. {@code 55ac59b54000-55ac59b55000}
 * @param perms permissions, e.g. {@code r-xp}
 * @param path the mapped file or pseudo-path; {@code [anon]} for anonymous memory on Linux
 * @param stats the sizes of this mapping
 */
public record MemoryMapRegion(String addr, String perms, String path, MemoryMapStats stats) {
  /**
   * Checks the components.
   *
   * @param addr address range, e.g. {@code 55ac59b54000-55ac59b55000}
   * @param perms permissions, e.g. {@code r-xp}
   * @param path the mapped file or pseudo-path; {@code [anon]} for anonymous memory on Linux
   * @param stats the sizes of this mapping
   * @throws NullPointerException if a component is null; the message names it
   */
  public MemoryMapRegion {
    Check.notNull("addr", addr);
    Check.notNull("perms", perms);
    Check.notNull("path", path);
    Check.notNull("stats", stats);
  }
}
