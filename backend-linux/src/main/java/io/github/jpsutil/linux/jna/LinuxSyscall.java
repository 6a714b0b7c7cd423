package io.github.jpsutil.linux.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import io.github.jpsutil.posix.NativeLibc;

/**
 * glibc's {@code long syscall(long number, ...)}, for the calls glibc has no wrapper for in the
 * versions we support (pidfd_open and pidfd_send_signal got wrappers only in glibc 2.36;
 * ioprio_get/ioprio_set never did). The variadic arguments are read by glibc as {@code long}, so
 * every argument is mapped as a Java {@code long}: this binding assumes an LP64 ABI, which {@link
 * SyscallNumbers} enforces.
 */
public interface LinuxSyscall extends Library {
  LinuxSyscall INSTANCE = NativeLibc.load(LinuxSyscall.class);

  long syscall(long number, long a1, long a2) throws LastErrorException;

  long syscall(long number, long a1, long a2, long a3) throws LastErrorException;

  long syscall(long number, long a1, long a2, long a3, long a4) throws LastErrorException;
}
