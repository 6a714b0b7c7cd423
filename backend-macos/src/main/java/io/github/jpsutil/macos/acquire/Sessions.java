package io.github.jpsutil.macos.acquire;

import com.sun.jna.Pointer;
import io.github.jpsutil.macos.jna.LibSystem;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The utmpx database through {@code setutxent}/{@code getutxent}/{@code endutxent} (as psutil's
 * {@code arch/posix/users.c}). The cursor is per process, so reads are serialized.
 */
public final class Sessions {
  private Sessions() {}

  private static final Object LOCK = new Object();

  /** Every record, {@code recordSize} bytes each, back to back. */
  public static ByteBuffer records(int recordSize) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    synchronized (LOCK) {
      LibSystem lib = LibSystem.INSTANCE;
      lib.setutxent();
      try {
        for (Pointer p = lib.getutxent(); p != null; p = lib.getutxent()) {
          out.writeBytes(p.getByteArray(0, recordSize));
        }
      } finally {
        lib.endutxent();
      }
    }
    return ByteBuffer.wrap(out.toByteArray()).order(ByteOrder.nativeOrder());
  }
}
