package io.github.jpsutil.linux.acquire;

import com.sun.jna.NativeLong;
import io.github.jpsutil.api.HeapInfo;
import io.github.jpsutil.linux.jna.GlibcMalloc;
import io.github.jpsutil.linux.jna.Mallinfo;
import io.github.jpsutil.linux.jna.Mallinfo2;
import java.util.OptionalLong;

/**
 * This JVM's glibc allocator, as psutil's {@code arch/linux/heap.c}: {@code mallinfo2()}, or the
 * deprecated {@code mallinfo()} on glibc before 2.33. psutil offers heap_info only with glibc; on
 * musl both calls are missing and this throws {@link UnsupportedOperationException}.
 */
public final class GlibcHeap {
  /** Whether libc has mallinfo2; decided on first use, since a failed lookup is slow. */
  private static volatile Boolean hasMallinfo2;

  private GlibcHeap() {}

  /** psutil's {@code heap_info()}: in-use bytes of small and of mmap'd blocks. */
  /** psutil's {@code heap_info()}: bytes in use by malloc's heap and by its mmap'd blocks. */
  public static HeapInfo info() {
    Boolean modern = hasMallinfo2;
    if (modern == null || modern) {
      try {
        Mallinfo2 m = GlibcMalloc.INSTANCE.mallinfo2();
        hasMallinfo2 = Boolean.TRUE;
        return new HeapInfo(m.uordblks.longValue(), m.hblkhd.longValue(), OptionalLong.empty());
      } catch (UnsatisfiedLinkError e) {
        hasMallinfo2 = Boolean.FALSE;
      }
    }
    try {
      Mallinfo m = GlibcMalloc.INSTANCE.mallinfo();
      // int fields: unsigned in practice, and wrapped modulo 4 GiB (why mallinfo2 exists).
      return new HeapInfo(
          Integer.toUnsignedLong(m.uordblks),
          Integer.toUnsignedLong(m.hblkhd),
          OptionalLong.empty());
    } catch (UnsatisfiedLinkError e) {
      throw new UnsupportedOperationException(
          "heapInfo needs glibc's mallinfo2() or mallinfo(), which this libc lacks", e);
    }
  }

  /** psutil's {@code heap_trim()}: {@code malloc_trim(0)}. */
  public static void trim() {
    try {
      GlibcMalloc.INSTANCE.malloc_trim(new NativeLong(0));
    } catch (UnsatisfiedLinkError e) {
      throw new UnsupportedOperationException(
          "heapTrim needs glibc's malloc_trim(), which this libc lacks", e);
    }
  }
}
