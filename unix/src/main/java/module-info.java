/**
 * Backend support the macOS, FreeBSD and SunOS backends share and Linux does not need: utmpx users,
 * statvfs disk usage, BSD getifaddrs records, packed variable-length records, exit polling and the
 * POSIX call defaults of their raw-call interfaces. A module of its own so that the Linux set does
 * not carry it. Exported only to those backends.
 */
module io.github.jpsutil.unix {
  requires transitive io.github.jpsutil.posix;

  exports io.github.jpsutil.unix to
      io.github.jpsutil.macos,
      io.github.jpsutil.freebsd,
      io.github.jpsutil.sunos;

  opens io.github.jpsutil.unix.jna to
      com.sun.jna;
}
