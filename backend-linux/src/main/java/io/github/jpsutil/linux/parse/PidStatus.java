package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.Gids;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.MemoryInfoEx;
import io.github.jpsutil.api.Uids;
import java.util.OptionalInt;

/**
 * {@code /proc/[pid]/status}: {@code Key:\tvalue} lines ({@code man 5 proc}). Each method scans for
 * its own keys, so a caller that needs one value pays for one scan and no map.
 */
public final class PidStatus {
  private static final String WHAT = "/proc/[pid]/status";
  private static final byte[] UID = TextCursor.key("Uid:");
  private static final byte[] GID = TextCursor.key("Gid:");
  private static final byte[] THREADS = TextCursor.key("Threads:");
  private static final byte[] VOLUNTARY = TextCursor.key("voluntary_ctxt_switches:");
  private static final byte[] NONVOLUNTARY = TextCursor.key("nonvoluntary_ctxt_switches:");
  private static final byte[] VM_SIZE = TextCursor.key("VmSize:");
  private static final byte[] VM_HWM = TextCursor.key("VmHWM:");
  private static final byte[] VM_PEAK = TextCursor.key("VmPeak:");
  private static final byte[] RSS_ANON = TextCursor.key("RssAnon:");
  private static final byte[] RSS_FILE = TextCursor.key("RssFile:");
  private static final byte[] RSS_SHMEM = TextCursor.key("RssShmem:");
  private static final byte[] VM_SWAP = TextCursor.key("VmSwap:");
  private static final byte[] HUGETLB = TextCursor.key("HugetlbPages:");

  private PidStatus() {}

  /** {@code Threads:}. */
  public static int numThreads(byte[] b, int len) {
    return (int) new TextCursor(b, len, WHAT).requiredNumberAfterKey(THREADS, "Threads");
  }

  /**
   * {@code voluntary_ctxt_switches} and {@code nonvoluntary_ctxt_switches}. Every kernel since
   * 2.6.23 (2007) prints both lines in every status file ({@code task_context_switch_counts} in
   * {@code fs/proc/array.c}); a status text without them is cut or corrupt and is reported as such
   * (psutil assumes a kernel before 2.6.23 there and raises NotImplementedError; {@code man 5
   * proc}).
   *
   * @throws MalformedDataException if either line is missing or not a number
   */
  public static CtxSwitches ctxSwitches(byte[] b, int len) {
    TextCursor c = new TextCursor(b, len, WHAT);
    return new CtxSwitches(
        c.requiredNumberAfterKey(VOLUNTARY, "voluntary_ctxt_switches"),
        c.requiredNumberAfterKey(NONVOLUNTARY, "nonvoluntary_ctxt_switches"));
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
    TextCursor c = new TextCursor(b, len, WHAT);
    boolean hasMm = c.findLine(VM_SIZE);
    return new MemoryInfoEx.Linux(
        base.rss(),
        base.vms(),
        base.shared(),
        base.text(),
        base.data(),
        kib(c, VM_HWM, "VmHWM", hasMm),
        kib(c, VM_PEAK, "VmPeak", hasMm),
        kib(c, RSS_ANON, "RssAnon", hasMm),
        kib(c, RSS_FILE, "RssFile", hasMm),
        kib(c, RSS_SHMEM, "RssShmem", hasMm),
        kib(c, VM_SWAP, "VmSwap", hasMm),
        kib(c, HUGETLB, "HugetlbPages", hasMm));
  }

  private static long kib(TextCursor c, byte[] key, String name, boolean hasMm) {
    long v = c.numberAfterKey(key, name);
    if (v >= 0) {
      return v * 1024;
    }
    if (!hasMm) {
      return 0;
    }
    throw new UnsupportedOperationException(
        "memory_info_ex: this kernel has no " + name + " line in " + WHAT);
  }

  /**
   * The first three of the four ids on a {@code Uid:}/{@code Gid:} line. ids are unsigned 32-bit;
   * one above 2^31-1 wraps to a negative int, as {@code uid_t} does in Java's own APIs.
   */
  public static Uids uids(byte[] b, int len) {
    TextCursor c = idLine(b, len, UID, "Uid");
    return new Uids(
        id(c, "Uid field 1"), id(c, "Uid field 2"), OptionalInt.of(id(c, "Uid field 3")));
  }

  /** {@code Gid:} real, effective, saved. */
  public static Gids gids(byte[] b, int len) {
    TextCursor c = idLine(b, len, GID, "Gid");
    return new Gids(
        id(c, "Gid field 1"), id(c, "Gid field 2"), OptionalInt.of(id(c, "Gid field 3")));
  }

  private static TextCursor idLine(byte[] b, int len, byte[] key, String name) {
    TextCursor c = new TextCursor(b, len, WHAT);
    if (!c.findLine(key)) {
      throw Malformed.in(WHAT, "no " + name + " line");
    }
    return c;
  }

  private static int id(TextCursor c, String name) {
    long v = c.nextDecimal(name);
    if (v > 0xFFFF_FFFFL) {
      throw c.malformed(name + " " + v + " is not a 32-bit id");
    }
    return (int) v;
  }
}
