/**
 * What a jpsutil backend implements, and the small set of types backends share. Users never name
 * this module; backend authors do.
 */
module io.github.jpsutil.spi {
  requires transitive io.github.jpsutil.api;
  requires static org.osgi.framework;

  exports io.github.jpsutil.spi;
}
