package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.ProcessStatus;

/**
 * {@code /proc/[pid]/stat} (and {@code /proc/[pid]/task/[tid]/stat}). Field numbers are those of
 * {@code man 5 proc}. The command name (2) may hold spaces, parentheses and newlines, so the line
 * is split at the first {@code '('} and the LAST {@code ')'} (psutil gh-628); the fields after it
 * are single-space separated numbers.
 *
 * @param name (2) comm, decoded with {@link SurrogateEscape}; at most 15 bytes (TASK_COMM_LEN - 1)
 * @param state (3) state letter
 * @param ppid (4)
 * @param ttyNr (7) controlling terminal, the kernel's {@code new_encode_dev} number; 0 for none
 * @param flags (9) PF_* flags
 * @param minflt (10) minor faults
 * @param majflt (12) major faults
 * @param utime (14) user time, clock ticks
 * @param stime (15) system time, clock ticks
 * @param cutime (16) waited-for children's user time, clock ticks
 * @param cstime (17) waited-for children's system time, clock ticks
 * @param nice (19) nice value, -20..19: the kernel's {@code task_nice} of the same task that {@code
 *     getpriority(PRIO_PROCESS, pid)} reads (fs/proc/array.c {@code do_task_stat}, kernel/sys.c)
 * @param starttime (22) start, clock ticks after boot
 * @param processor (39) CPU last run on
 * @param blkioTicks (42) delayacct_blkio_ticks; 0 on kernels before 2.6.18 that lack it (psutil
 *     gh-2455)
 */
public record PidStat(
    String name,
    char state,
    int ppid,
    long ttyNr,
    long flags,
    long minflt,
    long majflt,
    long utime,
    long stime,
    long cutime,
    long cstime,
    int nice,
    long starttime,
    int processor,
    long blkioTicks) {

  /** PF_KTHREAD from {@code include/linux/sched.h}: the task is a kernel thread. */
  public static final long PF_KTHREAD = 0x00200000L;

  private static final String WHAT = "/proc/[pid]/stat";

  /** The last field read; psutil needs nothing after delayacct_blkio_ticks. */
  private static final int LAST_FIELD = 42;

  /** The last field that must be present (processor, since Linux 2.2.8). */
  private static final int LAST_REQUIRED_FIELD = 39;

  public static PidStat parse(byte[] b) {
    return parse(b, b.length);
  }

  /** Parses {@code b[0, len)}. */
  public static PidStat parse(byte[] b, int len) {
    TextCursor c = new TextCursor(b, len, WHAT);
    c.wholeAsLine();
    int rpar = closingParen(c);
    int lpar = openingParen(c, rpar);
    String name = SurrogateEscape.decode(b, lpar + 1, rpar);
    char state = 0;
    long ppid = 0, tty = 0, flags = 0, minflt = 0, majflt = 0, utime = 0, stime = 0;
    long cutime = 0, cstime = 0, nice = 0, starttime = 0, processor = 0, blkio = 0;
    int field = 3;
    c.moveTo(rpar + 1);
    while (field <= LAST_FIELD && c.nextField()) {
      switch (field) {
        case 3 -> state = stateLetter(c);
        case 4 -> ppid = c.signedDecimal("ppid (4)");
        case 7 -> tty = c.signedDecimal("tty_nr (7)");
        case 9 -> flags = c.decimal("flags (9)");
        case 10 -> minflt = c.decimal("minflt (10)");
        case 12 -> majflt = c.decimal("majflt (12)");
        case 14 -> utime = c.decimal("utime (14)");
        case 15 -> stime = c.decimal("stime (15)");
        case 16 -> cutime = c.signedDecimal("cutime (16)");
        case 17 -> cstime = c.signedDecimal("cstime (17)");
        case 19 -> nice = c.signedDecimal("nice (19)");
        case 22 -> starttime = c.decimal("starttime (22)");
        case 39 -> processor = c.signedDecimal("processor (39)");
        case 42 -> blkio = c.decimal("delayacct_blkio_ticks (42)");
        default -> {}
      }
      field++;
    }
    if (field <= LAST_REQUIRED_FIELD) {
      throw c.malformed("truncated, " + (field - 1) + " fields, need " + LAST_REQUIRED_FIELD);
    }
    return new PidStat(
        name,
        state,
        (int) ppid,
        tty,
        flags,
        minflt,
        majflt,
        utime,
        stime,
        cutime,
        cstime,
        (int) nice,
        starttime,
        (int) processor,
        blkio);
  }

  /** Only the ppid (4), for a scan of every process. */
  public static int ppid(byte[] b, int len) {
    TextCursor c = afterName(b, len);
    return (int) c.skip(1, "state (3)").nextSignedDecimal("ppid (4)");
  }

  /** Only the state letter (3), for the zombie check of the error ladder. */
  public static char state(byte[] b, int len) {
    return stateLetter(afterName(b, len).field("state (3)"));
  }

  /** A cursor on stat's line just after the command name's ')'. */
  private static TextCursor afterName(byte[] b, int len) {
    TextCursor c = new TextCursor(b, len, WHAT);
    c.wholeAsLine();
    c.moveTo(closingParen(c) + 1);
    return c;
  }

  /** psutil's {@code PROC_STATUSES} map; {@link ProcessStatus#UNKNOWN} for any other letter. */
  public static ProcessStatus status(char state) {
    return switch (state) {
      case 'R' -> ProcessStatus.RUNNING;
      case 'S' -> ProcessStatus.SLEEPING;
      case 'D' -> ProcessStatus.DISK_SLEEP;
      case 'T' -> ProcessStatus.STOPPED;
      case 't' -> ProcessStatus.TRACING_STOP;
      case 'Z' -> ProcessStatus.ZOMBIE;
      case 'X', 'x' -> ProcessStatus.DEAD;
      case 'K' -> ProcessStatus.WAKE_KILL;
      case 'W' -> ProcessStatus.WAKING;
      case 'I' -> ProcessStatus.IDLE;
      case 'P' -> ProcessStatus.PARKED;
      default -> ProcessStatus.UNKNOWN;
    };
  }

  public ProcessStatus status() {
    return status(state);
  }

  public boolean isKernelThread() {
    return (flags & PF_KTHREAD) != 0;
  }

  /** The last ')' of the line: the command name may hold any bytes, ')' and blanks too. */
  private static int closingParen(TextCursor c) {
    for (int i = c.lineEnd() - 1; i >= c.lineStart(); i--) {
      if (c.at(i) == ')') {
        return i;
      }
    }
    throw c.malformed("no ')' closing the command name (empty or truncated)");
  }

  private static int openingParen(TextCursor c, int rpar) {
    for (int i = c.lineStart(); i < rpar; i++) {
      if (c.at(i) == '(') {
        return i;
      }
    }
    throw c.malformed("no '(' opening the command name");
  }

  private static char stateLetter(TextCursor c) {
    if (c.end() - c.start() != 1) {
      throw c.malformed("state (3) is not one letter: '" + c.ascii(c.start(), c.end()) + "'");
    }
    return (char) (c.at(c.start()) & 0xff);
  }
}
