package io.github.jpsutil.linux.jna;

import com.sun.jna.Structure;

/**
 * glibc's older {@code struct mallinfo} (malloc.h): the fields of {@link Mallinfo2} as {@code int},
 * used only where {@code mallinfo2} is missing (glibc before 2.33). The values are unsigned in
 * practice and wrap at 4 GiB.
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
public class Mallinfo extends Structure {
  public int arena;
  public int ordblks;
  public int smblks;
  public int hblks;

  /** Bytes in mmapped regions. */
  public int hblkhd;

  public int usmblks;
  public int fsmblks;

  /** Bytes in chunks in use. */
  public int uordblks;

  public int fordblks;
  public int keepcost;

  /** The by-value form a function returns. */
  public static class ByValue extends Mallinfo implements Structure.ByValue {}
}
