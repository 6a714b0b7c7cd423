/**
 * The Linux backend: reads {@code /proc} and {@code /sys} directly and uses JNA only where a
 * syscall is the only way. Exports nothing; registers its provider with {@link
 * java.util.ServiceLoader} and as an OSGi service.
 *
 * <p>Packages are the three layers of every backend: {@code acquire} and {@code jna} touch the OS,
 * {@code parse} holds pure functions from text or bytes to records (checked by this module's {@code
 * LinuxLayeringTest}), and the root package assembles the two behind the spi.
 */
module io.github.jpsutil.linux {
  requires io.github.jpsutil.spi;
  requires io.github.jpsutil.posix;
  requires com.sun.jna;
  requires static org.osgi.service.component.annotations;
  requires static org.osgi.framework;

  opens io.github.jpsutil.linux.jna to
      com.sun.jna;

  provides io.github.jpsutil.spi.PsutilProvider with
      io.github.jpsutil.linux.LinuxProvider;
}
