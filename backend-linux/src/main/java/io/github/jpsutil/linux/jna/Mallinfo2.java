package io.github.jpsutil.linux.jna;

import com.sun.jna.NativeLong;
import com.sun.jna.Structure;

/**
 * glibc's {@code struct mallinfo2} (malloc.h, glibc 2.33+): ten {@code size_t} fields, mapped as
 * {@link NativeLong} because {@code long} and {@code size_t} have the same width on every Linux ABI
 * (ILP32 and LP64).
 */
@Structure.FieldOrder({
  "arena",
  "ordblks",
  "smblks",
  "hblks",
  "hblkhd",
  "usmblks",
  "fsmblks",
  "uordblks",
  "fordblks",
  "keepcost"
})
public class Mallinfo2 extends Structure {
  /** Bytes obtained from the OS with brk/sbrk (non-mmapped space). */
  public NativeLong arena;

  /** Number of free chunks. */
  public NativeLong ordblks;

  /** Number of free fastbin blocks. */
  public NativeLong smblks;

  /** Number of mmapped regions. */
  public NativeLong hblks;

  /** Bytes in mmapped regions: psutil's {@code mmap_used}. */
  public NativeLong hblkhd;

  /** Unused (always 0). */
  public NativeLong usmblks;

  /** Bytes in free fastbin blocks. */
  public NativeLong fsmblks;

  /** Bytes in chunks in use: psutil's {@code heap_used}. */
  public NativeLong uordblks;

  /** Bytes in free chunks. */
  public NativeLong fordblks;

  /** Releasable bytes at the top of the heap. */
  public NativeLong keepcost;

  /** The by-value form a function returns. */
  public static class ByValue extends Mallinfo2 implements Structure.ByValue {}
}
