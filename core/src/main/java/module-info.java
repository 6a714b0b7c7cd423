/**
 * jpsutil's entry point: {@link io.github.jpsutil.Psutil} and {@link io.github.jpsutil.OsProcess},
 * with all OS-independent logic. Put exactly one backend jar (plus JNA) beside it. In an OSGi
 * framework it binds the backends' provider services and registers {@code Psutil} as a service.
 */
module io.github.jpsutil {
  requires transitive io.github.jpsutil.api;
  requires io.github.jpsutil.spi;
  requires static org.osgi.service.component.annotations;
  // The OSGi component (package io.github.jpsutil.internal.osgi, not exported) registers the Psutil
  // service; outside a framework it is never loaded.
  requires static org.osgi.framework;

  exports io.github.jpsutil;

  uses io.github.jpsutil.spi.PsutilProvider;
}
