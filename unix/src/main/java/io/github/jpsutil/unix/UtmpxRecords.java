package io.github.jpsutil.unix;

import io.github.jpsutil.unix.jna.LibcUtmpx;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The user accounting database through {@code getutxent(3)}, whose records spi {@code UtmpxUsers}
 * decodes.
 */
public final class UtmpxRecords {
  private UtmpxRecords() {}

  /**
   * Every record from {@code setutxent} to the end, each copied out of libc's static buffer. The
   * cursor is one per process, so one caller at a time reads it.
   *
   * @param size the bytes of the OS's {@code struct utmpx}
   * @return the records in the database's order, native byte order
   */
  public static synchronized List<ByteBuffer> all(int size) {
    List<ByteBuffer> out = new ArrayList<>();
    LibcUtmpx.INSTANCE.setutxent();
    try {
      for (var p = LibcUtmpx.INSTANCE.getutxent(); p != null; p = LibcUtmpx.INSTANCE.getutxent()) {
        out.add(ByteBuffer.wrap(p.getByteArray(0, size)).order(ByteOrder.nativeOrder()));
      }
    } finally {
      LibcUtmpx.INSTANCE.endutxent();
    }
    return out;
  }
}
