package io.github.jpsutil.spi;

import io.github.jpsutil.api.OperatingSystem;

/**
 * The sources a backend has not built at all: every method is the spi default, which throws {@link
 * UnsupportedOperationException} naming this OS. {@link Backend}'s defaults return them, so a
 * backend writes no empty class per area.
 */
final class NoSources {
  private NoSources() {}

  /** A source that knows its OS, for {@link Unsupported#of(Object, String)}. */
  interface OsBound {
    OperatingSystem os();
  }

  record Memory(OperatingSystem os) implements MemorySource, OsBound {}

  record Users(OperatingSystem os) implements UserDirectory, OsBound {
    @Override
    public java.util.Optional<String> nameOf(int uid) {
      throw Unsupported.of(this, "Process.username");
    }
  }

  record Disks(OperatingSystem os) implements DiskSource, OsBound {}

  record Network(OperatingSystem os) implements NetSource, OsBound {}

  record Sensors(OperatingSystem os) implements SensorSource, OsBound {}

  record Events(OperatingSystem os) implements EventSource, OsBound {}
}
