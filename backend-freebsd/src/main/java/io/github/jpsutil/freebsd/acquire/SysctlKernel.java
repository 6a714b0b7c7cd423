package io.github.jpsutil.freebsd.acquire;

/**
 * The {@code sysctl(3)} calls the acquire layer makes: {@link LibcSysctlKernel} calls libc; tests
 * put recorded buffers and errno values behind it. Each returns 0 or the errno of the failure.
 * {@code length[0]} is {@code *oldlenp}: the room in {@code out} going in, the bytes written (or,
 * for a null {@code out}, the bytes available) coming out.
 */
public interface SysctlKernel {
  int sysctl(int[] mib, byte[] out, long[] length);

  int sysctlbyname(String name, byte[] out, long[] length);

  /** {@code length[0]}: the room in {@code mib} going in, the depth of the name coming out. */
  int sysctlnametomib(String name, int[] mib, long[] length);
}
