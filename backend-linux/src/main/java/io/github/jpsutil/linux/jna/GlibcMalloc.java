package io.github.jpsutil.linux.jna;

import com.sun.jna.Library;
import com.sun.jna.NativeLong;
import io.github.jpsutil.posix.NativeLibc;

/**
 * glibc's allocator statistics and trimming ({@code malloc.h}). Absent from musl: calling a
 * function it lacks throws {@link UnsatisfiedLinkError}.
 */
public interface GlibcMalloc extends Library {
  GlibcMalloc INSTANCE = NativeLibc.load(GlibcMalloc.class);

  /** glibc 2.33+ (February 2021): the statistics with {@code size_t} fields. */
  Mallinfo2.ByValue mallinfo2();

  /** Older glibc: the same statistics in {@code int}s, which wrap above 2 GiB (hence mallinfo2). */
  Mallinfo.ByValue mallinfo();

  /**
   * Returns free memory at the top of the heap and in free pages of every arena to the OS.
   *
   * @param pad bytes to leave untrimmed at the top of the main heap ({@code size_t})
   * @return 1 if memory was released, else 0
   */
  int malloc_trim(NativeLong pad);
}
