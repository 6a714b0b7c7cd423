package io.github.jpsutil.linux;

import static io.github.jpsutil.testkit.DecoderCase.text;

import io.github.jpsutil.linux.parse.CgroupFiles;
import io.github.jpsutil.linux.parse.CgroupMount;
import io.github.jpsutil.linux.parse.CpuList;
import io.github.jpsutil.linux.parse.Cpufreq;
import io.github.jpsutil.linux.parse.Cpuinfo;
import io.github.jpsutil.linux.parse.DeviceNumber;
import io.github.jpsutil.linux.parse.Diskstats;
import io.github.jpsutil.linux.parse.Filesystems;
import io.github.jpsutil.linux.parse.LdSoConf;
import io.github.jpsutil.linux.parse.Loadavg;
import io.github.jpsutil.linux.parse.Meminfo;
import io.github.jpsutil.linux.parse.Mountinfo;
import io.github.jpsutil.linux.parse.NetDev;
import io.github.jpsutil.linux.parse.NetUnix;
import io.github.jpsutil.linux.parse.Partitions;
import io.github.jpsutil.linux.parse.PidCgroup;
import io.github.jpsutil.linux.parse.PidStatusTgid;
import io.github.jpsutil.linux.parse.ProcStat;
import io.github.jpsutil.linux.parse.SysfsNumber;
import io.github.jpsutil.linux.parse.Uevent;
import io.github.jpsutil.linux.parse.Vmstat;
import io.github.jpsutil.linux.parse.Zoneinfo;
import io.github.jpsutil.testkit.DecoderCase;
import io.github.jpsutil.testkit.DecoderContractTestBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The decoder contract over the Linux parsers that read kernel text: every truncation, mutation and
 * garbage input decodes or raises MalformedDataException. Samples are this machine's files (Debian
 * 12, kernel 6.x, 2 CPUs), recorded under {@code fixtures/linux/decoder-samples}.
 */
class LinuxTextDecoderContractTest extends DecoderContractTestBase {
  static String sample(String name) {
    try {
      return Files.readString(
          Path.of("src/test/resources/fixtures/linux/decoder-samples", name),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected List<DecoderCase> decoders() {
    String stat = sample("stat");
    String cpuinfo = sample("cpuinfo");
    String mountinfo = sample("mountinfo");
    return List.of(
        text("/proc/loadavg", sample("loadavg"), Loadavg::parse),
        text("/proc/meminfo", sample("meminfo"), Meminfo::parse),
        text("/proc/stat cpu_stats", stat, ProcStat::cpuStats),
        text("/proc/stat btime", stat, ProcStat::bootTime),
        text("/proc/stat cpuN lines", stat, ProcStat::perCpuLineCount),
        text("/proc/diskstats", sample("diskstats"), Diskstats::parse),
        text("/proc/net/dev", sample("net_dev"), NetDev::parse),
        text("/proc/net/unix", sample("net_unix"), t -> NetUnix.parse(t, inode -> true)),
        text("/proc/filesystems", sample("filesystems"), Filesystems::physical),
        text("/proc/cpuinfo processors", cpuinfo, Cpuinfo::processorCount),
        text("/proc/cpuinfo MHz", cpuinfo, Cpuinfo::frequenciesMhz),
        text("/proc/cpuinfo cores", cpuinfo, Cpuinfo::physicalCores),
        text("/proc/vmstat", sample("vmstat"), t -> Vmstat.counter(t, "pswpin"))
            .everyNthTruncation(3),
        text("/proc/zoneinfo", sample("zoneinfo"), Zoneinfo::lowWatermarkPages),
        text(
            "/proc/partitions",
            sample("partitions"),
            t -> Partitions.deviceName(t, new DeviceNumber(254, 0))),
        text("/proc/[pid]/mountinfo root", mountinfo, Mountinfo::rootDevice),
        text("/proc/[pid]/mountinfo fstypes", mountinfo, Mountinfo::fstypes),
        text("/proc/[pid]/mountinfo cgroups", mountinfo, CgroupMount::parse),
        text("/proc/[pid]/cgroup", sample("pid_cgroup"), PidCgroup::parse),
        text("/proc/[pid]/status Tgid", sample("pid_status"), PidStatusTgid::tgid),
        text("cgroup cpu.max", "max 100000\n", CgroupFiles::cpuMax),
        text("cgroup cpu.max quota", "50000 100000\n", CgroupFiles::cpuMax),
        text(
            "cgroup io.stat",
            "254:0 rbytes=1818624 wbytes=4096 rios=42 wios=1 dbytes=0 dios=0\n",
            CgroupFiles::ioStat),
        text("sysfs cpu list", "0-1,4,6-7\n", t -> CpuList.parse(t, "online")),
        text("sysfs cpufreq kHz", "2400000\n", t -> Cpufreq.mhz(t, "scaling_cur_freq")),
        text("sysfs integer", "-42\n", SysfsNumber::integer),
        text("sysfs decimal", "3.75\n", SysfsNumber::decimal),
        text("sysfs uevent", "MAJOR=254\nMINOR=0\nDEVNAME=vda\nDEVTYPE=disk\n", Uevent::devname),
        text(
            "/etc/ld.so.conf",
            "# libc default configuration\ninclude /etc/ld.so.conf.d/*.conf\n/usr/local/lib\n",
            LdSoConf::parse));
  }
}
