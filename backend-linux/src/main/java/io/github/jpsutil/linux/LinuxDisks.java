package io.github.jpsutil.linux;

import io.github.jpsutil.api.DiskIoCounters;
import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.api.DiskUsage;
import io.github.jpsutil.linux.acquire.FilesystemStats;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.linux.parse.BlockStat;
import io.github.jpsutil.linux.parse.Diskstats;
import io.github.jpsutil.linux.parse.Filesystems;
import io.github.jpsutil.linux.parse.Mountinfo;
import io.github.jpsutil.linux.parse.Mounts;
import io.github.jpsutil.linux.parse.StatvfsStruct;
import io.github.jpsutil.spi.DiskSource;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Disks from {@code /proc} and {@code /sys} (proc(5); psutil/_pslinux.py): partitions from the
 * mount table, usage from {@code statvfs(3)}, I/O from {@code /proc/diskstats}.
 */
final class LinuxDisks implements DiskSource {
  private final LinuxFiles files;

  LinuxDisks(LinuxFiles files) {
    this.files = files;
  }

  /**
   * psutil's {@code disk_partitions}: {@code /etc/mtab} when reading the running system and it
   * exists (psutil gh-1307: it can differ from the kernel's table inside chroots), else {@code
   * <procfs>/self/mounts}. {@code none} devices become "", {@code /dev/root} and {@code rootfs} are
   * resolved to the real device, and {@code all=false} keeps entries with a device whose type is
   * physical (psutil/_pslinux.py {@code disk_partitions}).
   */
  @Override
  public List<DiskPartition> partitions(boolean all) {
    Set<String> physical = all ? Set.of() : physicalFstypes();
    Path table = mountTable();
    List<DiskPartition> entries = Mounts.parse(files.readText(table), table.toString());
    List<DiskPartition> out = new ArrayList<>(entries.size());
    Optional<String> realRoot = Optional.empty();
    boolean rootSearched = false; // resolved once, on the first alias only
    for (DiskPartition p : entries) {
      String device = p.device().equals("none") ? "" : p.device();
      if (device.equals("/dev/root") || device.equals("rootfs")) {
        if (!rootSearched) {
          realRoot = new RootDeviceFinder(files).find();
          rootSearched = true;
        }
        device = realRoot.orElse(device);
      }
      if (!all && (device.isEmpty() || !physical.contains(p.fstype()))) {
        continue;
      }
      out.add(new DiskPartition(device, p.mountpoint(), p.fstype(), p.opts()));
    }
    return Collections.unmodifiableList(out);
  }

  private Path mountTable() {
    Path mtab = files.root("etc", "mtab");
    return files.config().isLocal() && files.exists(mtab) ? mtab : files.proc("self", "mounts");
  }

  /**
   * The physical filesystem types from {@code /proc/filesystems}; if that file is denied (psutil
   * catches PermissionError) or absent (a restricted procfs), psutil's fallback: every type
   * mounted, from {@code /proc/self/mountinfo}. Any other read failure propagates.
   */
  private Set<String> physicalFstypes() {
    String text;
    try {
      text = files.readText(files.proc("filesystems"));
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof AccessDeniedException
          || e.getCause() instanceof NoSuchFileException) {
        return Mountinfo.fstypes(files.readText(files.proc("self", "mountinfo")));
      }
      throw e;
    }
    return Filesystems.physical(text);
  }

  /**
   * {@code statvfs(path)} through JNA with psutil's formula. Statvfs acts on this process's mount
   * namespace, whatever the configured roots; a relative path is relative to its working directory,
   * as in psutil.
   */
  @Override
  public DiskUsage usage(String path) {
    return StatvfsStruct.toUsage(FilesystemStats.query(path), path);
  }

  /**
   * Per device and partition from {@code /proc/diskstats}; when that file is missing, from every
   * {@code /sys/block/<dev>/stat} and {@code /sys/block/<dev>/<part>/stat}, as psutil.
   *
   * @throws UnsupportedOperationException when neither exists (psutil's NotImplementedError)
   */
  @Override
  public Map<String, DiskIoCounters> ioCounters() {
    Path diskstats = files.proc("diskstats");
    if (files.exists(diskstats)) {
      return Diskstats.parse(files.readText(diskstats));
    }
    Path block = files.sys("block");
    if (files.exists(block)) {
      return fromSysBlock(block);
    }
    throw new UnsupportedOperationException(
        diskstats + " and " + block + " are both missing: no disk I/O counters on this system");
  }

  /**
   * psutil walks each {@code /sys/block/<dev>} for {@code stat} files: the device's own and one per
   * partition subdirectory. The name is the directory's, as psutil's fallback keeps it.
   */
  private Map<String, DiskIoCounters> fromSysBlock(Path block) {
    Map<String, DiskIoCounters> out = new LinkedHashMap<>();
    for (String dev : files.list(block)) {
      Path devDir = block.resolve(dev);
      addStat(out, dev, devDir.resolve("stat"));
      // Partition directories only: the other entries are attributes or symlinks out of the
      // device (device, bdi, holders), which psutil's os.walk does not follow either.
      for (String child : files.list(devDir)) {
        Path stat = devDir.resolve(child).resolve("stat");
        if (files.exists(devDir.resolve(child).resolve("partition")) && files.exists(stat)) {
          addStat(out, child, stat);
        }
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private void addStat(Map<String, DiskIoCounters> out, String name, Path stat) {
    out.put(name, BlockStat.parse(files.readText(stat), stat.toString()));
  }

  /**
   * psutil's {@code is_storage_device}: a name is a whole disk when {@code /sys/block/<name>}
   * exists ({@code /} in a kernel name is {@code !} in sysfs, as in {@code cciss!c0d0}). Listing
   * the directory once answers for every name.
   *
   * @throws UncheckedIOException when {@code /sys/block} cannot be listed; psutil would count no
   *     disk then and report no total, which is indistinguishable from a machine without disks
   */
  @Override
  public Set<String> wholeDisks() {
    Set<String> out = new HashSet<>();
    for (String name : files.list(files.sys("block"))) {
      out.add(name.replace('!', '/'));
    }
    return Set.copyOf(out);
  }
}
