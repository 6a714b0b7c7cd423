/**
 * The macOS backend: sysctl, proc_pidinfo and the Mach host statistics through JNA. Exports
 * nothing; registers its provider with {@link java.util.ServiceLoader} and as an OSGi service.
 *
 * <p>Packages are the three layers of every backend: {@code acquire} and {@code jna} call the
 * kernel, {@code parse} decodes the returned structs from {@link java.nio.ByteBuffer}s (pure, so it
 * is tested on every OS; checked by {@code BackendLayeringTest} (itests)), and the root package
 * assembles the two behind the spi.
 */
module io.github.jpsutil.macos {
  requires io.github.jpsutil.spi;
  requires io.github.jpsutil.posix;
  requires io.github.jpsutil.unix;
  requires com.sun.jna;
  requires static org.osgi.service.component.annotations;
  requires static org.osgi.framework;

  opens io.github.jpsutil.macos.jna to
      com.sun.jna;

  provides io.github.jpsutil.spi.PsutilProvider with
      io.github.jpsutil.macos.MacProvider;
}
