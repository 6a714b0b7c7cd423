/** Contract tests every jpsutil backend inherits; a test-scoped dependency, never shipped. */
module io.github.jpsutil.testkit {
  requires transitive io.github.jpsutil;
  requires transitive io.github.jpsutil.spi;
  requires transitive org.junit.jupiter.api;
  requires transitive org.assertj.core;

  exports io.github.jpsutil.testkit;
}
