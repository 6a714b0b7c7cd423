package io.github.jpsutil.windows.parse;

import static io.github.jpsutil.spi.CType.BYTES;
import static io.github.jpsutil.spi.CType.UINT16;
import static io.github.jpsutil.spi.CType.UINT32;
import static io.github.jpsutil.spi.CType.UINT8;
import static io.github.jpsutil.windows.parse.WindowsAbi.X64;

import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import java.nio.ByteBuffer;
import java.util.OptionalInt;

/**
 * The records of {@code GetLogicalProcessorInformationEx(RelationAll)} (Microsoft docs, winnt.h):
 * {@code SYSTEM_LOGICAL_PROCESSOR_INFORMATION_EX} of variable {@code Size}, back to back, one per
 * package, core, NUMA node, cache and processor group.
 */
public final class LogicalProcessorInformation {
  private LogicalProcessorInformation() {}

  /** {@code LOGICAL_PROCESSOR_RELATIONSHIP} values (winnt.h). */
  static final int RELATION_PROCESSOR_CORE = 0;

  static final int RELATION_GROUP = 4;

  public static final CStruct LAYOUT =
      CStruct.declare("SYSTEM_LOGICAL_PROCESSOR_INFORMATION_EX", 80, X64, "windows.h");

  public static final CField RELATIONSHIP = LAYOUT.field("Relationship", 0, UINT32);
  public static final CField SIZE = LAYOUT.field("Size", 4, UINT32);
  public static final CField ACTIVE_GROUP_COUNT =
      LAYOUT.field("Group.ActiveGroupCount", 10, UINT16);
  public static final CField GROUP_INFO = LAYOUT.array("Group.GroupInfo", 32, BYTES, 48);

  /** One processor group of a {@code RelationGroup} record. */
  public static final CStruct GROUP = CStruct.declare("PROCESSOR_GROUP_INFO", 48, X64, "windows.h");

  public static final CField ACTIVE_PROCESSOR_COUNT = GROUP.field("ActiveProcessorCount", 1, UINT8);

  /** The header every record has: Relationship and Size. */
  private static final int HEADER = 8;

  /**
   * psutil's {@code cpu_count(logical=False)}: the number of {@code RelationProcessorCore} records;
   * empty when there is none (psutil's None).
   */
  public static OptionalInt physicalCores(ByteBuffer buf) {
    int cores = 0;
    for (int off = 0; off < buf.limit(); off = next(buf, off)) {
      if (RELATIONSHIP.u32(buf, off) == RELATION_PROCESSOR_CORE) {
        cores++;
      }
    }
    return cores == 0 ? OptionalInt.empty() : OptionalInt.of(cores);
  }

  /**
   * psutil's {@code cpu_count()}: the active processors of every group, which is what {@code
   * GetActiveProcessorCount(ALL_PROCESSOR_GROUPS)} returns; empty when there is no group record.
   */
  public static OptionalInt logicalProcessors(ByteBuffer buf) {
    int count = 0;
    for (int off = 0; off < buf.limit(); off = next(buf, off)) {
      if (RELATIONSHIP.u32(buf, off) != RELATION_GROUP) {
        continue;
      }
      int groups = ACTIVE_GROUP_COUNT.u16(buf, off);
      long end = off + GROUP_INFO.offset() + (long) groups * GROUP.size();
      if (end > off + SIZE.u32(buf, off)) {
        throw ACTIVE_GROUP_COUNT.malformed(
            "is " + groups + ": the groups would end past the record's Size at offset " + off);
      }
      for (int g = 0; g < groups; g++) {
        count += ACTIVE_PROCESSOR_COUNT.u8(buf, off + GROUP_INFO.offset() + g * GROUP.size());
      }
    }
    return count == 0 ? OptionalInt.empty() : OptionalInt.of(count);
  }

  /** The offset of the record after the one at {@code off}. */
  private static int next(ByteBuffer buf, int off) {
    if (off + HEADER > buf.limit()) {
      throw LAYOUT.malformed("record at offset " + off + " is cut off: " + buf.limit() + " bytes");
    }
    long size = SIZE.u32(buf, off);
    if (size < HEADER || off + size > buf.limit()) {
      throw SIZE.malformed(
          String.format(
              "of the record at offset %d is %d in a %d-byte buffer", off, size, buf.limit()));
    }
    return (int) (off + size);
  }
}
