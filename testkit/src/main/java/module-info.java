/** Contract tests every jpsutil backend inherits; a test-scoped dependency, never shipped. */
module io.github.jpsutil.testkit {
  requires transitive io.github.jpsutil;
  requires transitive io.github.jpsutil.spi;
  requires transitive org.junit.jupiter.api;
  requires transitive org.assertj.core;

  exports io.github.jpsutil.testkit;

  // JUnit calls the inherited @Test and @TestFactory methods of the contract bases reflectively.
  opens io.github.jpsutil.testkit to
      org.junit.platform.commons;

  uses io.github.jpsutil.spi.PsutilProvider;
}
