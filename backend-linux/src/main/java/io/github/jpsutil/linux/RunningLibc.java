package io.github.jpsutil.linux;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Whether this JVM runs on glibc, which psutil's {@code heap_info()} and {@code heap_trim()} need
 * ({@code mallinfo2}/{@code mallinfo} and {@code malloc_trim} are glibc extensions, absent from
 * musl: psutil builds them only {@code #ifdef __GLIBC__}). Decided from the libraries mapped into
 * this process ({@code /proc/self/maps}, {@code man 5 proc}), which needs no native code: the
 * provider's {@code features()} must stay free of it. A lookup of {@code gnu_get_libc_version}
 * through JNA would load the native library just to answer {@code supports()}.
 */
final class RunningLibc {
  private static volatile Boolean glibc;

  private RunningLibc() {}

  /**
   * True when glibc's {@code libc.so.6} is mapped into this process and musl's loader is not. Read
   * once. When the maps cannot be read the answer is false: heap_info is then not declared rather
   * than declared and failing.
   */
  static boolean isGlibc() {
    Boolean g = glibc;
    if (g == null) {
      // A FileInputStream, not Files.readString: this runs on the first call's path, where nio's
      // FileChannel classes would be loaded for this one read.
      try (FileInputStream in = new FileInputStream("/proc/self/maps")) {
        g = isGlibc(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
      } catch (IOException e) {
        g = Boolean.FALSE;
      }
      glibc = g;
    }
    return g;
  }

  /**
   * The decision on a maps text: some mapping's file is glibc's {@code libc.so.6} (or a {@code
   * libc-2.NN.so} before glibc 2.34 renamed it), and none is musl's {@code ld-musl-*} (Alpine's
   * gcompat puts glibc names on musl, but the file mapped is musl's).
   */
  static boolean isGlibc(String maps) {
    boolean glibcMapped = false;
    for (String line : maps.split("\n")) {
      int slash = line.lastIndexOf('/');
      if (slash < 0) {
        continue;
      }
      String file = line.substring(slash + 1).strip();
      if (file.startsWith("ld-musl-")) {
        return false;
      }
      if (file.equals("libc.so.6") || isOldGlibcName(file)) {
        glibcMapped = true;
      }
    }
    return glibcMapped;
  }

  /** {@code libc-2.NN.so}, glibc's file name before 2.34; a loop, not a regex: start-up path. */
  private static boolean isOldGlibcName(String file) {
    int end = file.length() - ".so".length();
    if (!file.startsWith("libc-2.") || !file.endsWith(".so") || end <= "libc-2.".length()) {
      return false;
    }
    for (int i = "libc-2.".length(); i < end; i++) {
      if (file.charAt(i) < '0' || file.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
