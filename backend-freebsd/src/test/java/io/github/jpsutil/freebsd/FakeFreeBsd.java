package io.github.jpsutil.freebsd;

import static io.github.jpsutil.freebsd.layout.TableStructs.concat;
import static io.github.jpsutil.freebsd.layout.TableStructs.devstat;
import static io.github.jpsutil.freebsd.layout.TableStructs.ifinfo;
import static io.github.jpsutil.freebsd.layout.TableStructs.kinfoFile;
import static io.github.jpsutil.freebsd.layout.TableStructs.kinfoFileSocket;
import static io.github.jpsutil.freebsd.layout.TableStructs.kinfoProc;
import static io.github.jpsutil.freebsd.layout.TableStructs.kinfoVmentry;
import static io.github.jpsutil.freebsd.layout.TableStructs.le;
import static io.github.jpsutil.freebsd.layout.TableStructs.owned;
import static io.github.jpsutil.freebsd.layout.TableStructs.pcblist;
import static io.github.jpsutil.freebsd.layout.TableStructs.rlimit;
import static io.github.jpsutil.freebsd.layout.TableStructs.sockaddrIn;
import static io.github.jpsutil.freebsd.layout.TableStructs.statfs;
import static io.github.jpsutil.freebsd.layout.TableStructs.statvfs;
import static io.github.jpsutil.freebsd.layout.TableStructs.unixPcblist;
import static io.github.jpsutil.freebsd.layout.TableStructs.utmpx;
import static io.github.jpsutil.freebsd.layout.TableStructs.xfile;
import static io.github.jpsutil.freebsd.layout.TableStructs.xinpcb;
import static io.github.jpsutil.freebsd.layout.TableStructs.xtcpcb;
import static io.github.jpsutil.freebsd.layout.TableStructs.xunpcb;

import io.github.jpsutil.freebsd.acquire.RecordedKernel;
import io.github.jpsutil.freebsd.acquire.RecordedKernel.Answer;
import io.github.jpsutil.freebsd.acquire.Sysctls;
import io.github.jpsutil.freebsd.layout.LayoutTable;
import io.github.jpsutil.posix.PosixUserDirectory;
import io.github.jpsutil.spi.NetIfAddrs;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A whole FreeBSD machine as a fake kernel: every sysctl, getfsstat and statvfs the backend makes,
 * answered with buffers laid out by the cited table. Process {@link #SELF} answers everything,
 * {@link #ZOMBIE} is a zombie (its per-process reads fail with ESRCH), {@link #GONE} exists for the
 * first {@code kinfo_proc} read only.
 */
final class FakeFreeBsd {
  static final int SELF = 4242;
  static final int ZOMBIE = 4243;
  static final int GONE = 4244;

  private static final LayoutTable T = LayoutTable.amd64();

  private static final String IFREQ = "struct ifreq";
  private static final String MTU = "ifr_ifru.ifru_mtu";
  private static final String FLAGS = "ifr_ifru.ifru_flags[0]";

  private FakeFreeBsd() {}

  static FreeBsdBackend backend(RecordedKernel k) {
    return FreeBsdBackend.over(new Sysctls(k), new PosixUserDirectory());
  }

  private static ByteBuffer u32(int v) {
    return le(4).putInt(0, v);
  }

  private static ByteBuffer u64(long v) {
    return le(8).putLong(0, v);
  }

  private static ByteBuffer text(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return le(b.length).put(0, b);
  }

  private static int[] proc(int sub, int pid) {
    return new int[] {1, 14, sub, pid}; // CTL_KERN, KERN_PROC
  }

  static RecordedKernel kernel() {
    RecordedKernel k = new RecordedKernel();
    k.answer("hw.pagesize", u32(4096)).answer("hw.ncpu", u32(2)).answer("kern.argmax", u32(4096));
    k.answer("hw.physmem", u64(8L << 30)).answer("vfs.bufspace", u64(1 << 20));
    for (String c : new String[] {"active", "inactive", "wire", "free"}) {
      k.answer("vm.stats.vm.v_" + c + "_count", u32(100_000));
    }
    ByteBuffer vmtotal = le(T.size("struct vmtotal"));
    T.put(vmtotal, 0, "struct vmtotal", "t_vmshr", 10);
    T.put(vmtotal, 0, "struct vmtotal", "t_rmshr", 5);
    k.answer("vm.vmtotal", vmtotal);
    ByteBuffer cp = le(40).putLong(0, 1280).putLong(32, 12800);
    k.answer("kern.cp_time", cp).answer("kern.cp_times", concat(cp, cp));
    ByteBuffer avg = le(T.size("struct loadavg"));
    T.put(avg, 0, "struct loadavg", "ldavg[0]", 2048);
    T.put(avg, 0, "struct loadavg", "fscale", 2048);
    k.answer("vm.loadavg", avg);
    ByteBuffer swap = le(T.size("struct xswdev"));
    T.put(swap, 0, "struct xswdev", "xsw_version", 2);
    T.put(swap, 0, "struct xswdev", "xsw_nblks", 1000);
    T.put(swap, 0, "struct xswdev", "xsw_used", 10);
    k.mib("vm.swap_info", 2, 77).answer(new int[] {2, 77, 0}, Answer.of(swap));
    k.answer("vm.dmmax", u32(32))
        .answer("vm.stats.vm.v_swappgsin", u32(3))
        .answer("vm.stats.vm.v_swappgsout", u32(4));
    k.answer("kern.boottime", le(16).putLong(0, 1_700_000_000L));
    k.answer(
        "kern.sched.topology_spec",
        text(
            "<groups><group level=\"1\"><cpu count=\"2\">0, 1</cpu><children>"
                + "<group level=\"2\"><cpu count=\"2\">0, 1</cpu></group>"
                + "</children></group></groups>\0"));
    for (String c : new String[] {"swtch", "intr", "soft", "syscall"}) {
      k.answer("vm.stats.sys.v_" + c, u32(1000));
    }
    k.answer("dev.cpu.0.freq", u32(2000)).answer("dev.cpu.0.freq_levels", text("2000/1 800/1\0"));
    k.answer("dev.cpu.0.temperature", u32(3231));
    k.answer("hw.acpi.battery.life", u32(80))
        .answer("hw.acpi.battery.time", u32(60))
        .answer("hw.acpi.acline", u32(0));
    k.answer("mallctl epoch", u64(7)).answer("mallctl stats.allocated", u64(3 << 20));
    k.answer("mallctl stats.mapped", u64(64 << 20));
    k.answer(new int[] {4, 17, 0, 0, 3, 0}, Answer.of(ifinfo("em0", 100)));
    k.answer("ioctl c0206933 em0", FreeBsdNetIfOverRecordedKernelTest.tail(IFREQ, MTU, 1500))
        .answer("ioctl c0206911 em0", FreeBsdNetIfOverRecordedKernelTest.tail(IFREQ, FLAGS, 0x43))
        .answer("ioctl c0306938 em0", Answer.errno(22));
    k.ifaddrs(
        java.util.Map.of(),
        new NetIfAddrs.Entry(
            "em0",
            0x43,
            Optional.of(sockaddrIn(10, 0, 0, 2)),
            Optional.of(sockaddrIn(255, 0, 0, 0)),
            Optional.empty()));
    k.terminals(java.util.Map.of(0x5a00_0003L, "/dev/pts/3"));
    k.answer("kern.smp.maxcpus", u32(256)).affinity(SELF, new byte[] {3, 0, 0, 0, 0, 0, 0, 0});
    k.answer("kern.devstat.version", u32(6)).mib("kern.devstat.all", 1, 77, 2);
    k.answer(new int[] {1, 77, 2}, Answer.of(concat(le(8), devstat("ada", 0, 10))));
    k.mounts(statfs("/dev/ada0p2", "/", "ufs", 0x1000)).statvfs("/", statvfs(4096, 100, 50, 40));

    ByteBuffer self = kinfoProc(SELF, 1, "java", 3, 0, 100_001, 1_000_000);
    ByteBuffer init = kinfoProc(1, 0, "init", 3, 0, 1, 0);
    k.answer(new int[] {1, 14, 8}, Answer.of(concat(init, self)))
        .answer(proc(1, 1), Answer.of(init));
    k.answer(proc(1, SELF), Answer.of(self));
    k.answer(proc(7, SELF), Answer.of(text("java\0-jar\0x.jar\0")));
    k.answer(proc(35, SELF), Answer.of(text("HOME=/home/u\0")));
    k.answer(proc(12, SELF), Answer.of(text("/usr/local/bin/java\0")));
    k.answer(
        proc(33, SELF),
        Answer.of(
            concat(
                kinfoFile(-1, 1, 2, "/home/u"),
                kinfoFile(3, 1, 1, "/home/u/x.jar"),
                kinfoFileSocket(4, 2, 1, 6, sockaddrIn(0, 0, 0, 0), sockaddrIn(0, 0, 0, 0)))));
    k.mib("net.inet.tcp.pcblist", 4, 2, 6, 77);
    k.mib("kern.file", 1, 15).answer(new int[] {1, 15}, Answer.of(xfile(SELF, 4, 0x1000)));
    k.mib("net.inet.udp.pcblist", 4, 2, 17, 77)
        .answer(
            new int[] {4, 2, 17, 77},
            Answer.of(pcblist(xinpcb(2, 53, new byte[4], 0, new byte[4], 0x2000, 1))));
    k.mib("net.local.stream.pcblist", 1, 99, 1)
        .answer(new int[] {1, 99, 1}, Answer.of(unixPcblist()));
    k.mib("net.local.dgram.pcblist", 1, 99, 2)
        .answer(new int[] {1, 99, 2}, Answer.of(unixPcblist(xunpcb("/var/run/log", 0x1000))));
    k.answer(
        new int[] {4, 2, 6, 77},
        Answer.of(pcblist(owned(xtcpcb(2, 6, 0, new byte[4], 0, new byte[4], 1), 8, 0x1000, 1))));
    k.answer(proc(1 | 0x10, SELF), Answer.of(self));
    k.answer(new int[] {1, 14, 37, SELF, 8}, Answer.of(rlimit(1024, 4096)));
    k.answer(new int[] {1, 14, 37, ZOMBIE, 8}, Answer.errno(3));
    k.answer(new int[] {1, 14, 37, GONE, 8}, Answer.errno(3));
    k.utmpx(utmpx(4, "alice", "pts/0", "", 1_700_000_100L, 0, 901));
    k.answer(proc(32, SELF), Answer.of(kinfoVmentry(2, 0x400000, 0x401000, 5, 1, 0, "/bin/sh")));

    k.answer(proc(1, ZOMBIE), Answer.of(kinfoProc(ZOMBIE, SELF, "defunct", 5, 0, 1, 0)));
    for (int sub : new int[] {7, 12, 32, 33, 35, 1 | 0x10}) {
      k.answer(proc(sub, ZOMBIE), Answer.errno(3)).answer(proc(sub, GONE), Answer.errno(3));
    }
    k.answer(
        proc(1, GONE),
        Answer.of(kinfoProc(GONE, SELF, "gone", 3, 0, 1, 0)),
        Answer.errno(3)); // ESRCH after the first read
    return k;
  }
}
