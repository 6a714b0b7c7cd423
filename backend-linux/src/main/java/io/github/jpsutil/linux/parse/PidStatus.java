package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.Gids;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.MemoryInfoEx;
import io.github.jpsutil.api.Uids;
import java.util.OptionalInt;
import java.util.Set;

/**
 * {@code /proc/[pid]/status}: {@code Key:\tvalue} lines ({@code man 5 proc}). Each method scans for
 * its own keys, so a caller that needs one value pays for one scan and no map.
 */
public final class PidStatus {
  private static final String WHAT = "/proc/[pid]/status";
  private static final byte[] UID = ProcText.key("Uid:");
  private static final byte[] GID = ProcText.key("Gid:");
  private static final byte[] THREADS = ProcText.key("Threads:");
  private static final byte[] VOLUNTARY = ProcText.key("voluntary_ctxt_switches:");
  private static final byte[] NONVOLUNTARY = ProcText.key("nonvoluntary_ctxt_switches:");
  private static final byte[] VM_SIZE = ProcText.key("VmSize:");
  private static final byte[] VM_HWM = ProcText.key("VmHWM:");
  private static final byte[] VM_PEAK = ProcText.key("VmPeak:");
  private static final byte[] RSS_ANON = ProcText.key("RssAnon:");
  private static final byte[] RSS_FILE = ProcText.key("RssFile:");
  private static final byte[] RSS_SHMEM = ProcText.key("RssShmem:");
  private static final byte[] VM_SWAP = ProcText.key("VmSwap:");
  private static final byte[] HUGETLB = ProcText.key("HugetlbPages:");
  private static final byte[] CPUS_ALLOWED_LIST = ProcText.key("Cpus_allowed_list:");

  private PidStatus() {}

  /** {@code Uid:} real, effective, saved (the fourth, filesystem uid, is not reported). */
  public static Uids uids(byte[] b, int len) {
    int[] ids = ids(b, len, UID, "Uid");
    return new Uids(ids[0], ids[1], OptionalInt.of(ids[2]));
  }

  /** {@code Gid:} real, effective, saved. */
  public static Gids gids(byte[] b, int len) {
    int[] ids = ids(b, len, GID, "Gid");
    return new Gids(ids[0], ids[1], OptionalInt.of(ids[2]));
  }

  /** {@code Threads:}. */
  public static int numThreads(byte[] b, int len) {
    return (int) required(b, len, THREADS, "Threads");
  }

  /**
   * {@code voluntary_ctxt_switches} and {@code nonvoluntary_ctxt_switches}.
   *
   * @throws UnsupportedOperationException on kernels before 2.6.23, which lack them (psutil raises
   *     NotImplementedError)
   */
  public static CtxSwitches ctxSwitches(byte[] b, int len) {
    long vol = ProcText.numberAfterKey(b, len, VOLUNTARY, WHAT + " voluntary_ctxt_switches");
    long invol =
        ProcText.numberAfterKey(b, len, NONVOLUNTARY, WHAT + " nonvoluntary_ctxt_switches");
    if (vol < 0 || invol < 0) {
      throw new UnsupportedOperationException(
          "num_ctx_switches needs Linux 2.6.23+: no voluntary_ctxt_switches lines in " + WHAT);
    }
    return new CtxSwitches(vol, invol);
  }

  /**
   * {@code base} (from statm) plus VmHWM, VmPeak, RssAnon, RssFile, RssShmem, VmSwap and
   * HugetlbPages, kB × 1024. As in psutil, {@code rss} comes from statm and the three Rss* parts
   * from here; the kernel derives both from the same mm counters, so {@code rss == rssAnon +
   * rssFile + rssShmem} when the two files are read at the same moment.
   *
   * <p>A process without an address space (a zombie, a kernel thread) has no Vm* lines: every extra
   * is then 0, which is its real value. When the process has memory (VmSize present) but a line is
   * missing, the kernel is too old for it (RssAnon/RssFile/RssShmem need 4.5, HugetlbPages 4.4,
   * VmSwap 2.6.34) and this throws {@link UnsupportedOperationException} instead of psutil's silent
   * 0.
   */
  public static MemoryInfoEx.Linux memoryInfoEx(byte[] b, int len, MemoryInfo.Linux base) {
    boolean hasMm = ProcText.valueAfterKey(b, len, VM_SIZE) >= 0;
    return new MemoryInfoEx.Linux(
        base.rss(),
        base.vms(),
        base.shared(),
        base.text(),
        base.data(),
        kib(b, len, VM_HWM, "VmHWM", hasMm),
        kib(b, len, VM_PEAK, "VmPeak", hasMm),
        kib(b, len, RSS_ANON, "RssAnon", hasMm),
        kib(b, len, RSS_FILE, "RssFile", hasMm),
        kib(b, len, RSS_SHMEM, "RssShmem", hasMm),
        kib(b, len, VM_SWAP, "VmSwap", hasMm),
        kib(b, len, HUGETLB, "HugetlbPages", hasMm));
  }

  /** {@code Cpus_allowed_list:} (Linux 2.6.26+), ascending. */
  public static Set<Integer> cpusAllowedList(byte[] b, int len) {
    int at = ProcText.valueAfterKey(b, len, CPUS_ALLOWED_LIST);
    if (at < 0) {
      throw new MalformedDataException(WHAT + ": no Cpus_allowed_list line");
    }
    int start = ProcText.skipBlanks(b, at, ProcText.lineEnd(b, at, len));
    int end = ProcText.lineEnd(b, at, len);
    return CpuListFormat.parse(b, start, end, WHAT + " Cpus_allowed_list");
  }

  private static long kib(byte[] b, int len, byte[] key, String name, boolean hasMm) {
    long v = ProcText.numberAfterKey(b, len, key, WHAT + " " + name);
    if (v >= 0) {
      return v * 1024;
    }
    if (!hasMm) {
      return 0;
    }
    throw new UnsupportedOperationException(
        "memory_info_ex: this kernel has no " + name + " line in " + WHAT);
  }

  private static long required(byte[] b, int len, byte[] key, String name) {
    long v = ProcText.numberAfterKey(b, len, key, WHAT + " " + name);
    if (v < 0) {
      throw new MalformedDataException(WHAT + ": no " + name + " line");
    }
    return v;
  }

  /**
   * The first three of the four ids on a {@code Uid:}/{@code Gid:} line. ids are unsigned 32-bit;
   * one above 2^31-1 wraps to a negative int, as {@code uid_t} does in Java's own APIs.
   */
  private static int[] ids(byte[] b, int len, byte[] key, String name) {
    int at = ProcText.valueAfterKey(b, len, key);
    if (at < 0) {
      throw new MalformedDataException(WHAT + ": no " + name + " line");
    }
    int end = ProcText.lineEnd(b, at, len);
    int[] ids = new int[3];
    int i = at;
    for (int k = 0; k < 3; k++) {
      int start = ProcText.skipBlanks(b, i, end);
      i = ProcText.tokenEnd(b, start, end);
      long v = ProcText.decimal(b, start, i, WHAT + " " + name + " field " + (k + 1));
      if (v > 0xFFFF_FFFFL) {
        throw new MalformedDataException(WHAT + ": " + name + " " + v + " is not a 32-bit id");
      }
      ids[k] = (int) v;
    }
    return ids;
  }
}
