package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.CgroupIo;
import io.github.jpsutil.api.MalformedDataException;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The value formats of cgroup interface files (kernel {@code
 * Documentation/admin-guide/cgroup-v2.rst}, "Interface Files" and "Conventions"; {@code
 * cgroup-v1/memory.rst}, {@code cgroup-v1/blkio-controller.rst}, {@code scheduler/sched-bwc.rst}).
 * Each function is given the file's name for its error message.
 */
public final class CgroupFiles {
  private CgroupFiles() {}

  /**
   * v1 memory limits print {@code PAGE_COUNTER_MAX * PAGE_SIZE} for "unlimited", which is {@code
   * LONG_MAX} rounded down to the page size (9223372036854771712 with 4 KiB pages); any value at
   * least this large (with pages up to 64 KiB) is treated as no limit.
   */
  static final long V1_UNLIMITED_AT_LEAST = Long.MAX_VALUE - 65535;

  /** A file holding one non-negative integer ({@code memory.current}, {@code pids.current}). */
  public static long single(String file, String text) {
    String s = text.strip();
    try {
      long v = Long.parseLong(s);
      if (v < 0) {
        throw new MalformedDataException(file + ": negative value '" + s + "'");
      }
      return v;
    } catch (NumberFormatException e) {
      throw new MalformedDataException(file + ": not an integer: '" + s + "'", e);
    }
  }

  /** A v2 limit: {@code max} means none ({@code memory.max}, {@code pids.max}). */
  public static OptionalLong v2Limit(String file, String text) {
    return text.strip().equals("max") ? OptionalLong.empty() : OptionalLong.of(single(file, text));
  }

  /**
   * A v1 limit: {@code -1} ({@code cpu.cfs_quota_us}) or the page-rounded {@code LONG_MAX} ({@code
   * memory.limit_in_bytes}) means none; {@code pids.max} uses {@code max} as in v2.
   */
  public static OptionalLong v1Limit(String file, String text) {
    String s = text.strip();
    if (s.equals("max") || s.equals("-1")) {
      return OptionalLong.empty();
    }
    long v = single(file, s);
    return v >= V1_UNLIMITED_AT_LEAST ? OptionalLong.empty() : OptionalLong.of(v);
  }

  /**
   * A flat-keyed file, {@code key value} per line ({@code cpu.stat}, {@code memory.events}, {@code
   * memory.oom_control}).
   */
  public static Map<String, Long> keyed(String file, String text) {
    Map<String, Long> values = new HashMap<>();
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] kv = line.trim().split(" +");
      if (kv.length != 2) {
        throw new MalformedDataException(file + ": expected 'key value' in '" + line + "'");
      }
      values.put(kv[0], single(file, kv[1]));
    }
    return values;
  }

  /** v2 {@code cpu.max}: {@code $MAX $PERIOD}, {@code $MAX} being {@code max} for no quota. */
  public record CpuMax(OptionalLong quotaMicros, long periodMicros) {}

  public static CpuMax cpuMax(String text) {
    String[] f = text.strip().split(" +");
    if (f.length != 2) {
      throw new MalformedDataException(
          "cpu.max: expected '$MAX $PERIOD', got '" + text.strip() + "'");
    }
    return new CpuMax(v2Limit("cpu.max", f[0]), single("cpu.max", f[1]));
  }

  /**
   * v2 {@code io.stat}: one line per device, {@code MAJ:MIN key=value ...}; sums {@code rbytes},
   * {@code wbytes}, {@code rios}, {@code wios} over the devices.
   */
  public static CgroupIo ioStat(String text) {
    long rb = 0;
    long wb = 0;
    long rio = 0;
    long wio = 0;
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.trim().split(" +");
      for (int i = 1; i < f.length; i++) {
        int eq = f[i].indexOf('=');
        if (eq <= 0) {
          throw new MalformedDataException("io.stat: expected key=value, got '" + f[i] + "'");
        }
        long v = single("io.stat", f[i].substring(eq + 1));
        switch (f[i].substring(0, eq)) {
          case "rbytes" -> rb += v;
          case "wbytes" -> wb += v;
          case "rios" -> rio += v;
          case "wios" -> wio += v;
          default -> {
            // dbytes, dios (discard) and, with io cost, cost.* fields are not part of CgroupIo.
          }
        }
      }
    }
    return new CgroupIo(rb, wb, rio, wio);
  }

  /**
   * v1 {@code blkio.throttle.io_service_bytes} or {@code io_serviced}: {@code MAJ:MIN Op value}
   * rows and a final {@code Total value}; returns the Read and Write sums over the devices.
   */
  public record ReadWrite(long read, long write) {}

  public static ReadWrite blkio(String file, String text) {
    long read = 0;
    long write = 0;
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.trim().split(" +");
      if (f.length == 2 && f[0].equals("Total")) {
        single(file, f[1]);
        continue;
      }
      if (f.length != 3) {
        throw new MalformedDataException(file + ": expected 'MAJ:MIN Op value' in '" + line + "'");
      }
      long v = single(file, f[2]);
      if (f[1].equals("Read")) {
        read += v;
      } else if (f[1].equals("Write")) {
        write += v;
      }
    }
    return new ReadWrite(read, write);
  }
}
