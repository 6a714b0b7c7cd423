package io.github.jpsutil.macos.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.spi.Abi;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import io.github.jpsutil.testkit.LayoutCompiler;
import io.github.jpsutil.testkit.LayoutDeclarations;
import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every struct this backend declares, compiled as {@code _Static_assert}s against the macOS SDK
 * headers zig bundles, for both Intel and Apple silicon: a wrong offset, width or size fails here.
 */
class MacosLayoutCompileTest {
  /**
   * {@code struct ifaddrs} as posix {@code Ifaddrs} walks it on LP64 (pointers at 0, 8, 24, 32, 40,
   * {@code ifa_flags} at 16), declared here because this backend no longer reads it itself.
   */
  static final CStruct IFADDRS =
      CStruct.declare("struct ifaddrs", 56, KinfoProc.MACOS, "sys/types.h", "ifaddrs.h");

  static {
    IFADDRS.field("ifa_next", 0, CType.POINTER);
    IFADDRS.field("ifa_name", 8, CType.POINTER);
    IFADDRS.field("ifa_flags", 16, CType.UINT32);
    IFADDRS.field("ifa_addr", 24, CType.POINTER);
    IFADDRS.field("ifa_netmask", 32, CType.POINTER);
    IFADDRS.field("ifa_dstaddr", 40, CType.POINTER);
  }

  private static final List<CStruct> STRUCTS =
      Stream.concat(
              LayoutDeclarations.collect(MethodHandles.lookup(), KinfoProc.class).stream(),
              Stream.of(IFADDRS))
          .toList();

  @Test
  void declarationsAreFound() {
    assertThat(STRUCTS)
        .extracting(CStruct::name)
        .contains(
            "struct kinfo_proc",
            "struct proc_taskinfo",
            "struct proc_taskallinfo",
            "struct vm_statistics64",
            "struct xsw_usage",
            "struct loadavg",
            "struct timeval",
            "struct host_cpu_load_info",
            "struct processor_cpu_load_info",
            "struct proc_fdinfo",
            "struct proc_vnodepathinfo",
            "struct vnode_fdinfowithpath",
            "struct utmpx",
            "struct statfs",
            "malloc_statistics_t",
            "struct if_msghdr2",
            "struct sockaddr_dl",
            "struct statvfs",
            "struct attrlist",
            "struct proc_threadinfo",
            "struct ifaddrs",
            "struct sockaddr_in6",
            "struct ifreq",
            "struct ifmediareq",
            "struct socket_fdinfo",
            "struct kevent",
            "task_vm_info_data_t",
            "struct rusage_info_v0",
            "struct proc_regioninfo");
  }

  @Test
  void layoutsCompileForIntelMacs() {
    LayoutCompiler.forAbi(Abi.MACOS_X86_64).check(STRUCTS);
  }

  @Test
  void layoutsCompileForAppleSilicon() {
    LayoutCompiler.forAbi(Abi.MACOS_ARM64).check(STRUCTS);
  }
}
