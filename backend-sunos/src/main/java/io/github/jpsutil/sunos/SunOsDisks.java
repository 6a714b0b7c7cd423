package io.github.jpsutil.sunos;

import io.github.jpsutil.api.DiskIoCounters;
import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.api.DiskUsage;
import io.github.jpsutil.spi.DiskSource;
import io.github.jpsutil.sunos.acquire.Kstats;
import io.github.jpsutil.sunos.acquire.SunOsFiles;
import io.github.jpsutil.sunos.acquire.SunOsNative;
import io.github.jpsutil.sunos.parse.KstatHeader;
import io.github.jpsutil.sunos.parse.KstatIo;
import io.github.jpsutil.sunos.parse.Mnttab;
import io.github.jpsutil.sunos.parse.StatvfsT;
import io.github.jpsutil.unix.DiskUsageFormula;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mounts from {@code /etc/mnttab} under the configured root, usage from {@code statvfs(2)}, I/O
 * from the {@code disk} kstats.
 */
record SunOsDisks(SunOsFiles files, SunOsNative lib, Kstats kstats) implements DiskSource {

  /**
   * psutil {@code disk_io_counters(perdisk=True)}: every I/O kstat of class {@code disk}, keyed by
   * {@code ks_name} ({@code sd0}, {@code cmdk0}, …); partitions are class {@code partition} and
   * left out, so every key is a whole disk.
   */
  @Override
  public Map<String, DiskIoCounters> ioCounters() {
    Map<String, DiskIoCounters> out = new LinkedHashMap<>();
    for (Kstats.Snapshot s :
        kstats.select(h -> h.type() == KstatHeader.TYPE_IO && h.ksClass().equals("disk"))) {
      out.put(s.header().name(), KstatIo.decode(s.data()));
    }
    return out;
  }

  @Override
  public Set<String> wholeDisks() {
    return ioCounters().keySet();
  }

  /**
   * psutil {@code _pssunos.disk_partitions}: every mnttab entry; without {@code all}, only file
   * systems whose {@code disk_usage} total is above 0, skipping those it cannot stat (gh-1674).
   */
  @Override
  public List<DiskPartition> partitions(boolean all) {
    List<DiskPartition> mounts = Mnttab.parse(files.readRootText("etc/mnttab"));
    if (all) {
      return mounts;
    }
    List<DiskPartition> out = new ArrayList<>();
    for (DiskPartition p : mounts) {
      try {
        if (usage(p.mountpoint()).total() > 0) {
          out.add(p);
        }
      } catch (UncheckedIOException e) {
        // psutil skips a mount point it cannot stat
      }
    }
    return out;
  }

  /** psutil {@code disk_usage}: {@code statvfs(path)}; ENOENT and EACCES as Python's OSErrors. */
  @Override
  public DiskUsage usage(String path) {
    if (path.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("path must not contain a NUL character: " + path);
    }
    return DiskUsageFormula.of(StatvfsT.FIELDS, lib.statvfs(path, StatvfsT.LAYOUT.size()), path);
  }
}
