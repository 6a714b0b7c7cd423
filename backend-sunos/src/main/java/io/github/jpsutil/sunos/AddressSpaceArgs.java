package io.github.jpsutil.sunos;

import io.github.jpsutil.sunos.acquire.SunOsFiles;
import io.github.jpsutil.sunos.parse.ProcessArgs;
import io.github.jpsutil.sunos.parse.PsInfo;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The full argument list read from {@code /proc/<pid>/as}, as psutil's {@code
 * psutil_read_raw_args}: the {@code pr_argc} pointers at {@code pr_argv}, then each string up to
 * its NUL, read in 512-byte chunks.
 */
final class AddressSpaceArgs {
  private AddressSpaceArgs() {}

  private static final int CHUNK = 512;

  /** Longest argument accepted (the kernel's ARG_MAX is 1 MiB on illumos). */
  private static final int MAX_ARGUMENT = 1 << 20;

  /**
   * The arguments, or empty when the vector cannot be read whole (no arguments recorded, a short
   * read, an unterminated string), in which case psutil falls back to {@code pr_psargs}.
   */
  static Optional<List<String>> read(SunOsFiles files, PsInfo info) {
    if (info.argc() == 0 || info.argv() == 0) {
      return Optional.empty();
    }
    int ptr = info.pointerSize();
    int vectorBytes = Math.multiplyExact(info.argc(), ptr);
    ByteBuffer vector = files.readAt(info.pid(), "as", info.argv(), vectorBytes);
    if (vector.limit() < vectorBytes) {
      return Optional.empty();
    }
    List<String> args = new ArrayList<>(info.argc());
    for (long address : ProcessArgs.pointers(vector, info.argc(), ptr)) {
      Optional<String> arg = string(files, info.pid(), address);
      if (arg.isEmpty()) {
        return Optional.empty();
      }
      args.add(arg.get());
    }
    return Optional.of(List.copyOf(args));
  }

  private static Optional<String> string(SunOsFiles files, int pid, long address) {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    for (long at = address; text.size() < MAX_ARGUMENT; at += CHUNK) {
      ByteBuffer chunk = files.readAt(pid, "as", at, CHUNK);
      if (chunk.limit() == 0) {
        return Optional.empty();
      }
      OptionalInt nul = ProcessArgs.terminator(chunk);
      int keep = nul.orElse(chunk.limit());
      text.write(chunk.array(), 0, keep);
      if (nul.isPresent()) {
        return Optional.of(ProcessArgs.text(ByteBuffer.wrap(text.toByteArray()), text.size()));
      }
    }
    return Optional.empty();
  }
}
