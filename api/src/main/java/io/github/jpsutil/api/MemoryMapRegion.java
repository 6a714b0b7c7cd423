package io.github.jpsutil.api;

/**
 * One mapping of a process's address space (psutil's {@code memory_maps(grouped=False)} entries).
 *
 * @param addr address range, e.g. {@code 55ac59b54000-55ac59b55000}
 * @param perms permissions, e.g. {@code r-xp}
 * @param path the mapped file or pseudo-path; {@code [anon]} for anonymous memory on Linux
 */
public record MemoryMapRegion(String addr, String perms, String path, MemoryMapStats stats) {
  public MemoryMapRegion {
    Check.notNull("addr", addr);
    Check.notNull("perms", perms);
    Check.notNull("path", path);
    Check.notNull("stats", stats);
  }
}
