package io.github.jpsutil;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The jpsutil version at run time (psutil's {@code __version__}), from {@code version.properties},
 * which Maven's resource filtering writes with the project version when core is built.
 */
final class LibraryVersion {
  private LibraryVersion() {}

  private static final class Holder {
    static final String VERSION = read();
  }

  static String get() {
    return Holder.VERSION;
  }

  private static String read() {
    try (InputStream in = LibraryVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException(
            "io/github/jpsutil/version.properties is missing from jpsutil-core: a broken build");
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version");
      if (v == null || v.isBlank() || v.startsWith("${")) {
        throw new IllegalStateException(
            "version.properties of jpsutil-core holds no filtered version: " + v);
      }
      return v;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read jpsutil-core's version.properties", e);
    }
  }
}
