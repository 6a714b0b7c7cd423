package io.github.jpsutil.sunos;

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
    List<String> out = new ArrayList<>(count);
    for (long address : ProcessArgs.pointers(pointers, count, pointerSize)) {
      Optional<String> s = string(files, pid, address);
      if (s.isEmpty()) {
        return Optional.empty();
      }
      out.add(s.get());
    }
    return Optional.of(List.copyOf(out));
  }

  private static Optional<String> string(SunOsFiles files, int pid, long address) {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    for (long at = address; text.size() < MAX_STRING; at += CHUNK) {
      ByteBuffer chunk = files.readAt(pid, "as", at, CHUNK);
      int nul = ProcessArgs.terminator(chunk);
      text.write(chunk.array(), 0, nul < 0 ? chunk.limit() : nul);
      if (nul >= 0) {
        return Optional.of(text.toString(StandardCharsets.UTF_8));
      }
      if (chunk.limit() < CHUNK) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
