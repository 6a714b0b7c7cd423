/**
 * The Windows backend's module as its tests see it: the main descriptor plus the test libraries.
 * The feature-truth contract builds a {@code Psutil} (core) over the fake native layer, and core's
 * package {@code io.github.jpsutil} is readable only when the module requires core itself.
 */
open module io.github.jpsutil.windows {
  requires io.github.jpsutil.spi;
  requires com.sun.jna;
  requires static org.osgi.service.component.annotations;
  requires static org.osgi.framework;
  requires io.github.jpsutil;
  requires io.github.jpsutil.testkit;
  requires org.junit.jupiter.api;
  requires org.junit.jupiter.params;
  requires org.assertj.core;

  provides io.github.jpsutil.spi.PsutilProvider with
      io.github.jpsutil.windows.WindowsProvider;
}
