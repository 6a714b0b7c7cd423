package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.jpsutil.api.DiskIoCounters;
import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.api.DiskUsage;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.linux.parse.DeviceNumber;
import io.github.jpsutil.spi.BackendConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * LinuxDisks on this machine against independent sources: coreutils {@code df}, util-linux {@code
 * lsblk} and {@code findmnt}, the JDK's {@link java.nio.file.FileStore}, and the kernel files read
 * here with a separate, naive parser. Tolerances are psutil's (psutil/tests/__init__.py,
 * test_linux.py).
 */
@EnabledOnOs(OS.LINUX)
class LinuxDisksLiveTest {
  /** psutil's TOLERANCE_DISK_USAGE ×3 for CI: files are written while the test runs. */
  private static final long USAGE_TOLERANCE = 30L << 20;

  /** psutil's test_against_iostat: counters move between the two reads. */
  private static final long IO_TOLERANCE = 1L << 20;

  private final LinuxDisks disks = new LinuxDisks(new LinuxFiles(BackendConfig.defaults()));

  @Test
  void usageOfEveryPhysicalPartitionMatchesDf() throws Exception {
    List<DiskPartition> parts = disks.partitions(false);
    assertThat(parts).isNotEmpty(); // "/" is on a block device here (ext4 on /dev/vda)
    for (DiskPartition p : parts) {
      DiskUsage ours = null;
      long[] df = null;
      for (int attempt = 0; attempt < 5; attempt++) { // psutil retries on mismatch
        ours = disks.usage(p.mountpoint());
        df = df(p.mountpoint());
        if (ours.total() == df[0]
            && Math.abs(ours.used() - df[1]) < USAGE_TOLERANCE
            && Math.abs(ours.free() - df[2]) < USAGE_TOLERANCE) {
          break;
        }
        Thread.sleep(100);
      }
      assertThat(ours.total()).as("total of %s", p.mountpoint()).isEqualTo(df[0]);
      assertThat(Math.abs(ours.used() - df[1])).as("used of %s", p).isLessThan(USAGE_TOLERANCE);
      assertThat(Math.abs(ours.free() - df[2])).as("free of %s", p).isLessThan(USAGE_TOLERANCE);
      // df's Capacity is used/(used+avail) rounded up to a whole percent (psutil test_posix).
      assertThat(Math.abs(ours.percent() - df[3])).as("percent of %s", p).isLessThanOrEqualTo(1);
    }
  }

  @Test
  void usageMatchesTheJdkFileStore() throws IOException {
    Path cwd = Path.of("").toAbsolutePath();
    var store = Files.getFileStore(cwd);
    DiskUsage u = disks.usage(cwd.toString());
    // UnixFileStore: total = f_blocks*f_frsize, usable = f_bavail*f_frsize.
    assertThat(u.total()).isEqualTo(store.getTotalSpace());
    assertThat(Math.abs(u.free() - store.getUsableSpace())).isLessThan(USAGE_TOLERANCE);
    assertThat(Math.abs(u.total() - u.used() - store.getUnallocatedSpace()))
        .isLessThan(USAGE_TOLERANCE);
  }

  @Test
  void missingPathRaisesNoSuchFileNamingIt() {
    String missing = "/definitely/not/a/path/jpsutil";
    assertThatThrownBy(() -> disks.usage(missing))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(NoSuchFileException.class)
        .hasMessageContaining(missing)
        .satisfies(
            e -> assertThat(((NoSuchFileException) e.getCause()).getFile()).isEqualTo(missing));
  }

  @Test
  void pathThroughAFileRaisesNotDirectoryAndAFileItselfIsAccepted() throws IOException {
    Path file = Files.createTempFile("jpsutil-usage", ".txt");
    try {
      assertThat(disks.usage(file.toString()).total())
          .isEqualTo(disks.usage(file.getParent().toString()).total());
      assertThatThrownBy(() -> disks.usage(file + "/below"))
          .isInstanceOf(UncheckedIOException.class)
          .hasCauseInstanceOf(NotDirectoryException.class);
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void relativePathIsRelativeToTheWorkingDirectoryAsInPsutil() {
    // Surefire runs in the module directory, which holds "src"; "/src" does not exist.
    assertThat(Files.isDirectory(Path.of("src"))).isTrue();
    assertThat(disks.usage("src").total())
        .isEqualTo(disks.usage(Path.of("src").toAbsolutePath().toString()).total());
    assertThatThrownBy(() -> disks.usage("no-such-dir-jpsutil/x"))
        .hasCauseInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("no-such-dir-jpsutil/x");
  }

  @Test
  void physicalMountpointsAreThoseOfProcMountsWithABlockDeviceType() throws IOException {
    Set<String> physical = new HashSet<>();
    for (String line : Files.readAllLines(Path.of("/proc/filesystems"))) {
      String[] f = line.trim().split("\\s+");
      if (!line.startsWith("nodev") && !f[0].isEmpty()) {
        physical.add(f[0]);
      } else if (f.length == 2 && f[1].equals("zfs")) {
        physical.add("zfs");
      }
    }
    List<String> table = mountTableLines();
    Set<String> expected = new HashSet<>();
    for (String line : table) {
      String[] f = line.split(" ");
      if (!f[0].equals("none") && physical.contains(f[2])) {
        expected.add(unescape(f[1]));
      }
    }
    Set<String> ours = new HashSet<>();
    disks.partitions(false).forEach(p -> ours.add(p.mountpoint()));
    assertThat(ours).isEqualTo(expected);
    assertThat(disks.partitions(true)).hasSize(table.size());
  }

  @Test
  void ioCountersMatchAFreshDiskstatsRead() throws IOException {
    Map<String, DiskIoCounters> ours = disks.ioCounters();
    Map<String, long[]> kernel = diskstatsBytes();
    assertThat(ours.keySet()).isEqualTo(kernel.keySet());
    ours.forEach(
        (name, c) -> {
          assertThat(Math.abs(c.readBytes() - kernel.get(name)[0]))
              .as("read_bytes of %s", name)
              .isLessThan(IO_TOLERANCE);
          assertThat(Math.abs(c.writeBytes() - kernel.get(name)[1]))
              .as("write_bytes of %s", name)
              .isLessThan(IO_TOLERANCE);
        });
  }

  @Test
  void sysBlockFallbackAgreesWithDiskstats(@TempDir Path emptyProc) {
    // A procfs root without diskstats makes LinuxDisks read /sys/block/*/stat, as psutil does.
    LinuxDisks fallback =
        new LinuxDisks(new LinuxFiles(new BackendConfig(emptyProc, Path.of("/sys"), Path.of("/"))));
    Map<String, DiskIoCounters> viaSys = fallback.ioCounters();
    Map<String, DiskIoCounters> viaProc = disks.ioCounters();
    // Kernel names with "/" are "!" in sysfs; psutil's fallback keeps the sysfs spelling.
    Set<String> procNames = new HashSet<>();
    viaProc.keySet().forEach(n -> procNames.add(n.replace('/', '!')));
    assertThat(viaSys.keySet()).isEqualTo(procNames);
    viaSys.forEach(
        (name, c) -> {
          DiskIoCounters p = viaProc.get(name.replace('!', '/'));
          assertThat(Math.abs(c.readBytes() - p.readBytes())).isLessThan(IO_TOLERANCE);
          assertThat(Math.abs(c.writeBytes() - p.writeBytes())).isLessThan(IO_TOLERANCE);
        });
  }

  @Test
  void wholeDisksAreWhatLsblkListsAsDisks() throws Exception {
    // -a: also empty devices (unattached loop devices) and RAM disks, which lsblk hides by
    // default but /sys/block lists; -d: no partitions or holders.
    Set<String> lsblk =
        new HashSet<>(
            Arrays.asList(run("lsblk", "-d", "-n", "-a", "-o", "NAME").trim().split("\\s+")));
    assertThat(disks.wholeDisks()).isEqualTo(lsblk);
  }

  @Test
  void rootDeviceFinderSourcesAgreeWithFindmnt() throws Exception {
    LinuxFiles files = new LinuxFiles(BackendConfig.defaults());
    RootDeviceFinder finder = new RootDeviceFinder(files);
    DeviceNumber dev = finder.rootDevice().orElseThrow();
    assumeThat(dev.major()).as("/ is on a block device").isNotZero(); // psutil skips too
    Optional<String> fromPartitions = finder.fromProcPartitions(dev);
    assertThat(finder.fromSysDevBlock(dev)).isEqualTo(fromPartitions);
    assertThat(finder.fromSysClassBlock(dev)).isEqualTo(fromPartitions);
    String findmnt = run("findmnt", "-o", "SOURCE", "-rn", "/").trim();
    assertThat(finder.find().map(this::realPath)).contains(realPath(findmnt));
  }

  // ---- independent readers and tools

  private String realPath(String p) {
    try {
      return Path.of(p).toRealPath().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The mount table psutil reads here: /etc/mtab if present, else /proc/self/mounts. */
  private static List<String> mountTableLines() throws IOException {
    Path mtab = Path.of("/etc/mtab");
    Path table = Files.isRegularFile(mtab) ? mtab : Path.of("/proc/self/mounts");
    return Files.readAllLines(table).stream().filter(l -> !l.isBlank()).toList();
  }

  private static String unescape(String s) {
    return s.replace("\\040", " ")
        .replace("\\011", "\t")
        .replace("\\012", "\n")
        .replace("\\134", "\\");
  }

  /** name → {sectors read × 512, sectors written × 512}, split the simple way. */
  private static Map<String, long[]> diskstatsBytes() throws IOException {
    Map<String, long[]> out = new HashMap<>();
    for (String line : Files.readAllLines(Path.of("/proc/diskstats"))) {
      String[] f = line.trim().split("\\s+");
      out.put(f[2], new long[] {Long.parseLong(f[5]) * 512, Long.parseLong(f[9]) * 512});
    }
    return out;
  }

  /** {@code df -P -B1 path}: total, used, available bytes and the Capacity percent. */
  private static long[] df(String path) throws Exception {
    String[] lines = run("df", "-P", "-B1", path).split("\n");
    String[] t = lines[lines.length - 1].trim().split("\\s+");
    // The device may contain spaces: find the three numbers followed by "NN%".
    for (int i = 1; i + 3 < t.length; i++) {
      if (t[i].matches("\\d+")
          && t[i + 1].matches("\\d+")
          && t[i + 2].matches("\\d+")
          && t[i + 3].matches("\\d+%")) {
        return new long[] {
          Long.parseLong(t[i]),
          Long.parseLong(t[i + 1]),
          Long.parseLong(t[i + 2]),
          Long.parseLong(t[i + 3].replace("%", ""))
        };
      }
    }
    throw new AssertionError("cannot read df output: " + String.join("\n", lines));
  }

  private static String run(String... cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("%s finished", List.of(cmd)).isTrue();
    assertThat(p.exitValue()).as("%s exit code; output %s", List.of(cmd), out).isZero();
    return out;
  }
}
