package io.github.jpsutil.linux.jna;

import java.util.Locale;

/**
 * The syscall numbers this backend calls through {@link LinuxSyscall}, for the running CPU
 * architecture.
 *
 * <p>pidfd_send_signal (424) and pidfd_open (434) were added after the syscall tables were unified
 * (Linux 5.1, 5.3) and have the same number on every architecture but alpha. ioprio_set/ioprio_get
 * predate that: {@code arch/x86/include/generated/uapi/asm/unistd_64.h} has 251/252; the generic
 * table used by aarch64 and riscv64 ({@code include/uapi/asm-generic/unistd.h}) has 30/31.
 */
public record SyscallNumbers(String arch, long ioprioSet, long ioprioGet) {
  public static final long PIDFD_SEND_SIGNAL = 424;
  public static final long PIDFD_OPEN = 434;

  private static final SyscallNumbers CURRENT = forArch(System.getProperty("os.arch", ""));

  /** The numbers for the running JVM's architecture. */
  public static SyscallNumbers current() {
    return CURRENT;
  }

  /**
   * The numbers for a JVM {@code os.arch} value.
   *
   * @throws UnsupportedOperationException (when a number is used) for any other architecture,
   *     including 32-bit ones, whose {@code long} differs from Java's
   */
  public static SyscallNumbers forArch(String osArch) {
    return switch (osArch.toLowerCase(Locale.ROOT)) {
      case "amd64", "x86_64" -> new SyscallNumbers("x86_64", 251, 252);
      case "aarch64", "riscv64" -> new SyscallNumbers(osArch, 30, 31);
      default -> new SyscallNumbers(osArch, -1, -1);
    };
  }

  /** Whether this backend knows the syscall numbers (and ABI) of the architecture. */
  public boolean supported() {
    return ioprioSet >= 0;
  }

  /** Throws unless {@link #supported()}: the raw syscalls must never run with a guessed number. */
  public SyscallNumbers require(String call) {
    if (!supported()) {
      throw new UnsupportedOperationException(
          call + ": syscall numbers for architecture '" + arch + "' are not known to jpsutil");
    }
    return this;
  }
}
