package io.github.jpsutil.macos.acquire;

import io.github.jpsutil.posix.NativeErrors;
import java.nio.ByteBuffer;
import java.util.Optional;

/** Mounted filesystems through {@code getfsstat(2)}, as psutil's {@code arch/osx/disk.c}. */
public final class FileSystems {
  /** {@code MNT_NOWAIT} ({@code sys/mount.h}): cached figures, no waiting on a dead NFS server. */
  public static final int MNT_NOWAIT = 2;

  private FileSystems() {}

  /** Every {@code struct statfs}, {@code structSize} bytes each; re-read if mounts were added. */
  public static ByteBuffer statfsArray(MacNative os, int structSize) {
    for (int attempt = 0; attempt < 8; attempt++) {
      int n = os.getfsstat(null, MNT_NOWAIT);
      if (n < 0) {
        throw NativeErrors.failure("getfsstat", -n);
      }
      int room = n + 4;
      byte[] out = new byte[room * structSize];
      int got = os.getfsstat(out, MNT_NOWAIT);
      if (got < 0) {
        throw NativeErrors.failure("getfsstat", -got);
      }
      if (got < room) {
        return Sysctls.wrap(out, (long) got * structSize);
      }
    }
    throw new IllegalStateException("getfsstat: the mount table kept growing");
  }

  /**
   * The {@code getattrlist} reply to {@code request} for {@code path}; empty when the call fails,
   * which psutil's {@code disk_usage_used} answers with statvfs's figure.
   */
  public static Optional<ByteBuffer> attributes(
      MacNative os, String path, byte[] request, int replySize) {
    byte[] reply = new byte[replySize];
    return os.getattrlist(path, request, reply) == 0
        ? Optional.of(Sysctls.wrap(reply, replySize))
        : Optional.empty();
  }
}
