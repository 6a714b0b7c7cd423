package io.github.jpsutil.unix.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/** libc's user accounting database cursor, {@code getutxent(3)} (POSIX.1 XSI). */
public interface LibcUtmpx extends Library {
  LibcUtmpx INSTANCE = Native.load("c", LibcUtmpx.class);

  /** {@code void setutxent(void)}: rewinds the process-wide cursor. */
  void setutxent();

  /**
   * {@code struct utmpx *getutxent(void)}: the next record in libc's static buffer, null at end.
   */
  Pointer getutxent();

  /** {@code void endutxent(void)}: closes the database. */
  void endutxent();
}
