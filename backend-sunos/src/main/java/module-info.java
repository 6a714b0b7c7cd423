/**
 * The SunOS / illumos backend: the binary {@code /proc/<pid>/*} files ({@code psinfo}, {@code
 * status}, {@code usage}, {@code cred}, {@code lpsinfo}, {@code as}) read under the configured
 * procfs root, and kstat through JNA. Exports nothing; registers its provider with {@link
 * java.util.ServiceLoader} and as an OSGi service.
 *
 * <p>Packages are the three layers of every backend: {@code acquire} and {@code jna} read the OS,
 * {@code parse} decodes the structs from {@link java.nio.ByteBuffer}s (pure, so it is tested on
 * every OS; checked by {@code BackendLayeringTest} (itests)), and the root package assembles the
 * two behind the spi.
 */
module io.github.jpsutil.sunos {
  requires io.github.jpsutil.spi;
  requires io.github.jpsutil.posix;
  requires io.github.jpsutil.unix;
  requires com.sun.jna;
  requires static org.osgi.service.component.annotations;
  requires static org.osgi.framework;

  opens io.github.jpsutil.sunos.jna to
      com.sun.jna;

  provides io.github.jpsutil.spi.PsutilProvider with
      io.github.jpsutil.sunos.SunOsProvider;
}
