package io.github.jpsutil.macos.acquire;

import com.sun.jna.Function;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import io.github.jpsutil.posix.NativeErrors;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/** Mounted filesystems through {@code getfsstat(2)}, as psutil's {@code arch/osx/disk.c}. */
public final class FileSystems {
  private FileSystems() {}

  /** {@code MNT_NOWAIT} ({@code sys/mount.h}): cached figures, no waiting on a dead NFS server. */
  public static final int MNT_NOWAIT = 2;

  /**
   * On x86_64 plain {@code getfsstat} is the legacy 32-bit-inode ABI with a different {@code struct
   * statfs}; C code built for 64-bit inodes calls {@code getfsstat$INODE64}. arm64 has one ABI.
   */
  private static final String SYMBOL = Platform.isARM() ? "getfsstat" : "getfsstat$INODE64";

  /** Every {@code struct statfs}, {@code structSize} bytes each; re-read if mounts were added. */
  public static ByteBuffer statfsArray(int structSize) {
    Function getfsstat = NativeLibrary.getInstance("System").getFunction(SYMBOL);
    for (int attempt = 0; attempt < 8; attempt++) {
      int n = getfsstat.invokeInt(new Object[] {null, 0, MNT_NOWAIT});
      if (n < 0) {
        throw NativeErrors.failure("getfsstat", Native.getLastError());
      }
      int room = n + 4;
      Memory m = new Memory((long) room * structSize);
      int got = getfsstat.invokeInt(new Object[] {m, (int) m.size(), MNT_NOWAIT});
      if (got < 0) {
        throw NativeErrors.failure("getfsstat", Native.getLastError());
      }
      if (got < room) {
        return Sysctls.copy(m, (long) got * structSize);
      }
    }
    throw new IllegalStateException("getfsstat: the mount table kept growing");
  }

  /** psutil's {@code all=False} test: an absolute device path that exists. */
  public static boolean isExistingAbsolutePath(String device) {
    return device.startsWith("/") && Files.exists(Path.of(device));
  }
}
