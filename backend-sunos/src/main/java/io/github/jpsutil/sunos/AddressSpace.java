package io.github.jpsutil.sunos;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.sunos.acquire.SunOsFiles;
import io.github.jpsutil.sunos.parse.ProcessArgs;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Strings in a process's address space ({@code /proc/<pid>/as}), as psutil's {@code
 * arch/sunos/environ.c}: a vector of pointers, each to a NUL-terminated string read in 512-byte
 * chunks.
 */
final class AddressSpace {
  private AddressSpace() {}

  private static final int CHUNK = 512;

  /** Longest string accepted (the kernel's ARG_MAX is 1 MiB on illumos). */
  private static final int MAX_STRING = 1 << 20;

  /**
   * The {@code count} strings of the vector at {@code vector}, or empty when they cannot be read
   * whole (none recorded, a short read, an unterminated string): psutil then falls back.
   */
  static Optional<List<String>> strings(
      SunOsFiles files, int pid, long vector, int count, int pointerSize) {
    if (count == 0 || vector == 0) {
      return Optional.empty();
    }
    int bytes = Math.multiplyExact(count, pointerSize);
    ByteBuffer pointers = files.readAt(pid, "as", vector, bytes);
    if (pointers.limit() < bytes) {
      return Optional.empty();
    }
    return strings(files, pid, ProcessArgs.pointers(pointers, count, pointerSize));
  }

  /** The strings at {@code addresses}, or empty when one cannot be read whole. */
  static Optional<List<String>> strings(SunOsFiles files, int pid, long[] addresses) {
    List<String> out = new ArrayList<>(addresses.length);
    for (long address : addresses) {
      Optional<String> s = string(files, pid, address);
      if (s.isEmpty()) {
        return Optional.empty();
      }
      out.add(s.get());
    }
    return Optional.of(List.copyOf(out));
  }

  /**
   * The pointers of a NULL-terminated vector at {@code vector} (the environment has no count), read
   * in chunks; at most {@code limit} of them.
   */
  static long[] nullTerminated(SunOsFiles files, int pid, long vector, int pointerSize, int limit) {
    List<Long> out = new ArrayList<>();
    for (long at = vector; out.size() < limit; at += CHUNK) {
      ByteBuffer chunk = files.readAt(pid, "as", at, CHUNK);
      int whole = chunk.limit() / pointerSize;
      if (whole == 0) {
        break;
      }
      for (long p : ProcessArgs.pointers(chunk, whole, pointerSize)) {
        if (p == 0) {
          return out.stream().mapToLong(Long::longValue).toArray();
        }
        out.add(p);
      }
    }
    throw new MalformedDataException(
        "the vector at 0x" + Long.toHexString(vector) + " of pid " + pid + " has no NULL end");
  }

  /** The string at {@code address}, or empty when it cannot be read whole. */
  static Optional<String> string(SunOsFiles files, int pid, long address) {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    // A short read (the end of a mapping) ends the loop: the string is unterminated.
    for (long at = address, got = CHUNK; got == CHUNK && text.size() < MAX_STRING; at += CHUNK) {
      ByteBuffer chunk = files.readAt(pid, "as", at, CHUNK);
      got = chunk.limit();
      int nul = ProcessArgs.terminator(chunk);
      text.write(chunk.array(), 0, nul < 0 ? chunk.limit() : nul);
      if (nul >= 0) {
        return Optional.of(text.toString(StandardCharsets.UTF_8));
      }
    }
    return Optional.empty();
  }
}
