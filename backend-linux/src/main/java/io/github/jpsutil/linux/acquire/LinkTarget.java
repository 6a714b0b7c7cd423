package io.github.jpsutil.linux.acquire;

/**
 * The kinds of file a link such as {@code /proc/<pid>/fd/3} points to ({@link
 * PidFiles#linkTarget}).
 */
public enum LinkTarget {
  REGULAR_FILE,
  /** A regular file that was deleted while open (link count 0). */
  UNLINKED_FILE,
  OTHER,
  VANISHED;

  private static final int S_IFMT = 0170000;
  private static final int S_IFREG = 0100000;

  /** The kind of a file with {@code st_mode} {@code mode} and {@code st_nlink} {@code nlink}. */
  static LinkTarget of(int mode, int nlink) {
    if ((mode & S_IFMT) != S_IFREG) {
      return OTHER;
    }
    return nlink == 0 ? UNLINKED_FILE : REGULAR_FILE;
  }
}
