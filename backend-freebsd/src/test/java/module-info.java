/**
 * The test view of the FreeBSD backend module: the main descriptor plus the test libraries, so the
 * feature-truth contract can name core's {@code Psutil} (javac hides the unnamed module's {@code
 * io.github.jpsutil} package from a module patched with sources under {@code io/github/jpsutil/}).
 */
open module io.github.jpsutil.freebsd {
  requires io.github.jpsutil.spi;
  requires io.github.jpsutil.posix;
  requires io.github.jpsutil.unix;
  requires com.sun.jna;
  requires static org.osgi.service.component.annotations;
  requires static org.osgi.framework;
  requires io.github.jpsutil.testkit;
  requires org.junit.jupiter.api;
  requires org.assertj.core;

  provides io.github.jpsutil.spi.PsutilProvider with
      io.github.jpsutil.freebsd.FreeBsdProvider;
}
