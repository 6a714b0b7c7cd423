package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.Feature;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * Linux's features, derived from its classes, are the set it declared by hand before: everything
 * but Windows' num_handles and services. heap_info and heap_trim only where libc is glibc.
 */
class LinuxFeaturesTest {
  private static final String MAPS_HEAD =
      "55d0c4a00000-55d0c4a01000 r--p 00000000 fe:00 1317 /usr/lib/jvm/java-17/bin/java\n"
          + "7f70aca00000-7f70aca82000 rw-p 00000000 00:00 0 \n";

  @Test
  void onThisGlibcMachineEverythingButTheWindowsOnlyFeatures() {
    // getconf GNU_LIBC_VERSION prints "glibc 2.36" on this Debian 12 machine: glibc it is.
    assertThat(LiveChildren.run("getconf", "GNU_LIBC_VERSION")).startsWith("glibc ");
    assertThat(RunningLibc.isGlibc()).isTrue();
    assertThat(new LinuxProvider().features())
        .isEqualTo(
            EnumSet.complementOf(EnumSet.of(Feature.PROC_NUM_HANDLES, Feature.WIN_SERVICES)));
  }

  @Test
  void glibcIsRecognisedByItsLibcFile() {
    assertThat(
            RunningLibc.isGlibc(
                MAPS_HEAD
                    + "7f70aca82000-7f70acaa8000 r--p 00000000 fe:00 339380 "
                    + "/usr/lib/x86_64-linux-gnu/libc.so.6\n"))
        .isTrue();
    // glibc before 2.34 named the file after its version (Debian 11: libc-2.31.so).
    assertThat(
            RunningLibc.isGlibc(
                MAPS_HEAD + "7f1 r-xp 0 08:01 1 /lib/x86_64-linux-gnu/libc-2.31.so\n"))
        .isTrue();
  }

  @Test
  void muslIsNotGlibcEvenUnderGlibcNames() {
    String alpine = MAPS_HEAD + "7f2 r-xp 0 08:01 2 /lib/ld-musl-x86_64.so.1\n";
    assertThat(RunningLibc.isGlibc(alpine)).isFalse();
    // Alpine's gcompat maps its shim beside musl's loader: still musl's allocator.
    assertThat(RunningLibc.isGlibc(alpine + "7f3 r-xp 0 08:01 3 /lib/libc.so.6\n")).isFalse();
    assertThat(RunningLibc.isGlibc(MAPS_HEAD)).isFalse();
  }
}
