package io.github.jpsutil.windows.parse;

import io.github.jpsutil.spi.CField;
import java.nio.ByteBuffer;

/**
 * Records linked by a {@code ULONG NextEntryOffset} (bytes to the next record, 0 at the last), as
 * {@code NtQuerySystemInformation} returns the process and page-file tables.
 */
final class EntryChain {
  private EntryChain() {}

  /**
   * The offset of the record after the one at {@code off}, or -1 at the end of the chain.
   *
   * @throws io.github.jpsutil.api.MalformedDataException if the record at {@code off} is truncated
   *     or its link does not lead forward to a whole record inside {@code buf}
   */
  static int next(ByteBuffer buf, int off, CField nextEntryOffset) {
    int size = nextEntryOffset.struct().size();
    nextEntryOffset.struct().require(buf, off);
    long delta = nextEntryOffset.u32(buf, off);
    if (delta == 0) {
      return -1;
    }
    String at = "of the record at offset " + off + " is " + delta;
    if (delta < size) {
      throw nextEntryOffset.malformed(at + ", inside the record");
    }
    if (off + delta + size > buf.limit()) {
      throw nextEntryOffset.malformed(at + ", past the end of the " + buf.limit() + "-byte buffer");
    }
    return (int) (off + delta);
  }
}
