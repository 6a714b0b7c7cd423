/**
 * Code shared by the Unix backends: JNA bindings for POSIX libc calls and the translation of errno
 * into jpsutil's exceptions. Exported only to the backends.
 */
module io.github.jpsutil.posix {
  requires transitive io.github.jpsutil.spi;
  requires transitive com.sun.jna;

  exports io.github.jpsutil.posix to
      io.github.jpsutil.linux,
      io.github.jpsutil.macos,
      io.github.jpsutil.freebsd,
      io.github.jpsutil.sunos,
      io.github.jpsutil.unix;

  opens io.github.jpsutil.posix.jna to
      com.sun.jna;
}
