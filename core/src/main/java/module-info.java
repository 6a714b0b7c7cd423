/**
 * jpsutil's entry point: {@link io.github.jpsutil.Psutil} and {@link io.github.jpsutil.OsProcess},
 * with all OS-independent logic. Put exactly one backend jar (plus JNA) beside it.
 */
module io.github.jpsutil {
  requires transitive io.github.jpsutil.api;
  requires io.github.jpsutil.spi;
  requires static org.osgi.service.component.annotations;

  exports io.github.jpsutil;

  uses io.github.jpsutil.spi.PsutilProvider;
}
