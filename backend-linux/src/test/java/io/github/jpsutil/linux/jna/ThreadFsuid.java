package io.github.jpsutil.linux.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * {@code setfsuid(2)} for tests: the filesystem uid is a per-thread credential, so a test thread
 * can take an unprivileged user's file permissions (and lose CAP_DAC_OVERRIDE) without touching the
 * rest of the JVM. Test code only.
 */
public final class ThreadFsuid {
  private ThreadFsuid() {}

  /** libc's setfsuid, which returns the previous fsuid and never sets errno. */
  public interface Libc extends Library {
    Libc INSTANCE = Native.load("c", Libc.class);

    int setfsuid(int fsuid);
  }

  /** Sets this thread's fsuid and returns the previous one. */
  public static int set(int fsuid) {
    return Libc.INSTANCE.setfsuid(fsuid);
  }

  /** This thread's fsuid (setfsuid(-1) changes nothing and answers the current value). */
  public static int current() {
    return Libc.INSTANCE.setfsuid(-1);
  }
}
