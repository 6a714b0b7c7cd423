package io.github.jpsutil.macos.acquire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.jpsutil.api.Signal;
import io.github.jpsutil.macos.jna.LibSystem;
import io.github.jpsutil.macos.parse.IfAddrs;
import io.github.jpsutil.macos.parse.IfMsghdr2;
import io.github.jpsutil.macos.parse.IfReq;
import io.github.jpsutil.macos.parse.Kevent;
import io.github.jpsutil.macos.parse.MacSignals;
import io.github.jpsutil.macos.parse.ProcFdInfo;
import io.github.jpsutil.macos.parse.ProcRegionInfo;
import io.github.jpsutil.macos.parse.SocketFdInfo;
import io.github.jpsutil.macos.parse.Statfs;
import io.github.jpsutil.macos.parse.TaskVmInfo;
import io.github.jpsutil.macos.parse.Utmpx;
import io.github.jpsutil.macos.parse.VolumeUsage;
import io.github.jpsutil.spi.NetIfAddrs;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The numbers the backend passes to the kernel (signal numbers, sysctl MIB names, libproc flavors)
 * compiled as {@code _Static_assert}s against the macOS SDK headers zig bundles, for both targets:
 * the same check the struct layouts get, for constants that are not struct members.
 */
class MacosConstantsCompileTest {

  static Map<String, Integer> constants() {
    Map<String, Integer> c = new LinkedHashMap<>();
    for (Signal s : Signal.values()) {
      if (s != Signal.CTRL_C_EVENT && s != Signal.CTRL_BREAK_EVENT) {
        c.put(s.name(), MacSignals.of(s));
      }
    }
    c.put("NSIG - 1", MacSignals.MAX_SIGNAL);
    c.put("CTL_KERN", Sysctls.CTL_KERN);
    c.put("KERN_PROC", Sysctls.KERN_PROC);
    c.put("KERN_PROC_PID", Sysctls.KERN_PROC_PID);
    c.put("KERN_PROC_ALL", 0);
    c.put("KERN_PROCARGS2", Sysctls.KERN_PROCARGS2);
    c.put("PROC_PIDLISTFDS", LibSystem.PROC_PIDLISTFDS);
    c.put("PROC_PIDTASKALLINFO", LibSystem.PROC_PIDTASKALLINFO);
    c.put("PROC_PIDVNODEPATHINFO", LibSystem.PROC_PIDVNODEPATHINFO);
    c.put("PROC_PIDFDVNODEPATHINFO", LibSystem.PROC_PIDFDVNODEPATHINFO);
    c.put("PROC_PIDPATHINFO_MAXSIZE", LibSystem.PROC_PIDPATHINFO_MAXSIZE);
    c.put("PROX_FDTYPE_VNODE", ProcFdInfo.PROX_FDTYPE_VNODE);
    c.put("PROC_PIDLISTFD_SIZE", ProcFdInfo.LAYOUT.size());
    c.put("USER_PROCESS", Utmpx.USER_PROCESS);
    c.put("ATTR_BIT_MAP_COUNT", VolumeUsage.ATTR_BIT_MAP_COUNT);
    c.put("(int) ATTR_VOL_INFO", VolumeUsage.ATTR_VOL_INFO);
    c.put("ATTR_VOL_SPACEUSED", VolumeUsage.ATTR_VOL_SPACEUSED);
    c.put("CTL_NET", Sysctls.CTL_NET);
    c.put("PF_ROUTE", Sysctls.PF_ROUTE);
    c.put("NET_RT_IFLIST2", Sysctls.NET_RT_IFLIST2);
    c.put("RTM_IFINFO2", IfMsghdr2.RTM_IFINFO2);
    c.put("IFNAMSIZ", IfMsghdr2.IFNAMSIZ);
    c.put("MNT_NOWAIT", FileSystems.MNT_NOWAIT);
    c.put("MNT_RDONLY", Statfs.MNT_RDONLY);
    for (Statfs.MountFlag f : Statfs.OPTIONS) {
      c.put(f.macro(), f.value());
    }
    c.put("PROC_PIDTHREADINFO", LibSystem.PROC_PIDTHREADINFO);
    c.put("PROC_PIDLISTTHREADS", LibSystem.PROC_PIDLISTTHREADS);
    c.put("PROC_PIDFDSOCKETINFO", LibSystem.PROC_PIDFDSOCKETINFO);
    c.put("PROC_PIDREGIONINFO", ProcRegionInfo.PROC_PIDREGIONINFO);
    c.put("PROX_FDTYPE_SOCKET", ProcFdInfo.PROX_FDTYPE_SOCKET);
    c.put("AF_UNIX", IfAddrs.AF_UNIX);
    c.put("AF_INET", IfAddrs.AF_INET);
    c.put("AF_LINK", IfAddrs.AF_LINK);
    c.put("AF_INET6", IfAddrs.AF_INET6);
    c.put("SOCK_STREAM", SocketFdInfo.SOCK_STREAM);
    c.put("SOCK_DGRAM", SocketFdInfo.SOCK_DGRAM);
    c.put("IFF_BROADCAST", (int) NetIfAddrs.IFF_BROADCAST);
    c.put("IFF_POINTOPOINT", (int) NetIfAddrs.IFF_POINTOPOINT);
    for (IfReq.Flag f : IfReq.FLAGS) {
      c.put(f.macro(), f.value());
    }
    c.put("(int) SIOCGIFFLAGS", (int) IfReq.SIOCGIFFLAGS);
    c.put("(int) SIOCGIFMTU", (int) IfReq.SIOCGIFMTU);
    c.put("(int) SIOCGIFMEDIA", (int) IfReq.SIOCGIFMEDIA);
    c.put("EVFILT_PROC", Kevent.EVFILT_PROC);
    c.put("EV_ADD", Kevent.EV_ADD);
    c.put("EV_ONESHOT", Kevent.EV_ONESHOT);
    c.put("EV_ERROR", Kevent.EV_ERROR);
    c.put("(int) NOTE_EXIT", Kevent.NOTE_EXIT);
    c.put("TASK_VM_INFO", TaskVmInfo.TASK_VM_INFO);
    c.put("TASK_VM_INFO_COUNT", TaskVmInfo.TASK_VM_INFO_COUNT);
    c.put("RUSAGE_INFO_V0", TaskVmInfo.RUSAGE_INFO_V0_FLAVOR);
    c.put("SM_COW", ProcRegionInfo.SM_COW);
    c.put("SM_PRIVATE", ProcRegionInfo.SM_PRIVATE);
    c.put("SM_LARGE_PAGE", ProcRegionInfo.SM_LARGE_PAGE);
    c.put("CPU_TYPE_I386", ProcRegionInfo.CPU_TYPE_I386);
    c.put("CPU_TYPE_ARM", ProcRegionInfo.CPU_TYPE_ARM);
    c.put("CPU_TYPE_X86_64", ProcRegionInfo.CPU_TYPE_X86_64);
    return c;
  }

  @ParameterizedTest
  @ValueSource(strings = {"x86_64-macos", "aarch64-macos"})
  void constantsMatchTheSdkHeaders(String target) throws Exception {
    Map<String, Integer> c = constants();
    assertThat(c).hasSizeGreaterThan(60);
    StringBuilder src = new StringBuilder();
    for (String h :
        List.of(
            "sys/types.h",
            "sys/param.h",
            "sys/mount.h",
            "sys/sysctl.h",
            "sys/socket.h",
            "net/if.h",
            "net/route.h",
            "signal.h",
            "utmpx.h",
            "sys/attr.h",
            "libproc.h",
            "sys/proc_info.h",
            "sys/ioctl.h",
            "sys/sockio.h",
            "sys/event.h",
            "sys/resource.h",
            "netinet/in.h",
            "ifaddrs.h",
            "mach/mach.h",
            "mach/machine.h")) {
      src.append("#include <").append(h).append(">\n");
    }
    c.forEach(
        (name, value) ->
            src.append("_Static_assert((")
                .append(name)
                .append(") == ")
                .append(value)
                .append(", \"")
                .append(name)
                .append(" is not ")
                .append(value)
                .append("\");\n"));
    Path zig = zig();
    Path dir = Files.createTempDirectory("jpsutil-constants");
    Path file = dir.resolve("constants.c");
    Files.writeString(file, src, StandardCharsets.UTF_8);
    List<String> cmd =
        new ArrayList<>(
            List.of(zig.toString(), "cc", "-target", target, "-c", file.toString(), "-o"));
    cmd.add(dir.resolve("constants.o").toString());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out + "\n" + src).isZero();
  }

  /**
   * The zig the layout checks use: {@code $JPSUTIL_ZIG}, PATH, or where {@code .ci/run} puts it.
   */
  private static Path zig() {
    String env = System.getenv("JPSUTIL_ZIG");
    List<Path> candidates = new ArrayList<>();
    if (env != null && !env.isEmpty()) {
      candidates.add(Path.of(env));
    }
    for (String d :
        Optional.ofNullable(System.getenv("PATH")).orElse("").split(File.pathSeparator)) {
      candidates.add(Path.of(d, "zig"));
    }
    candidates.add(Path.of(System.getProperty("user.home"), ".cache/jpsutil/zig/package/zig"));
    for (Path p : candidates) {
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    if (System.getenv("CI") != null) {
      fail("no zig found (CI is set, so a missing compiler fails the build)");
    }
    Assumptions.abort("no zig: set JPSUTIL_ZIG");
    throw new AssertionError("unreachable");
  }
}
