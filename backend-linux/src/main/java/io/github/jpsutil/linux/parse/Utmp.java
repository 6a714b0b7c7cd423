package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.User;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The utmp database ({@code /var/run/utmp}, man 5 utmp): an array of glibc {@code struct utmp}
 * records, decoded at the offsets of glibc's {@code bits/utmp.h}:
 *
 * <pre>
 *   0  short ut_type          (+2 bytes padding)
 *   4  pid_t ut_pid
 *   8  char  ut_line[32]      UT_LINESIZE, the tty without "/dev/"
 *  40  char  ut_id[4]
 *  44  char  ut_user[32]      UT_NAMESIZE
 *  76  char  ut_host[256]     UT_HOSTSIZE
 * 332  struct exit_status     two shorts
 * 336  ut_session, then ut_tv {tv_sec, tv_usec}: int32 each if __WORDSIZE_TIME64_COMPAT32,
 *      else long and struct timeval (see {@link Layout})
 * </pre>
 *
 * The char arrays are NUL-terminated only when shorter than the field.
 */
public final class Utmp {
  private static final String FILE = "utmp";

  /** {@code ut_type} of a logged-in user's session; psutil keeps only these. */
  public static final int USER_PROCESS = 7;

  private static final int TYPE = LinuxStructs.UT_TYPE.offset();
  private static final int PID = LinuxStructs.UT_PID.offset();
  private static final int LINE = LinuxStructs.UT_LINE.offset();
  private static final int LINE_SIZE = LinuxStructs.UT_LINE.width();
  private static final int USER = LinuxStructs.UT_USER.offset();
  private static final int USER_SIZE = LinuxStructs.UT_USER.width();
  private static final int HOST = LinuxStructs.UT_HOST.offset();
  private static final int HOST_SIZE = LinuxStructs.UT_HOST.width();

  /** Where {@code ut_tv} sits, which depends on the ABI glibc was built for. */
  public enum Layout {
    /**
     * {@code __WORDSIZE_TIME64_COMPAT32} = 1 (x86_64, where 32- and 64-bit programs share the file;
     * also every 32-bit ABI): {@code int32_t ut_session} at 336, {@code int32_t tv_sec} at 340,
     * {@code int32_t tv_usec} at 344, {@code ut_addr_v6[4]} at 348, 20 reserved bytes at 364; 384
     * bytes.
     */
    TIME32(
        LinuxStructs.UTMP.size(),
        LinuxStructs.UT_TV_SEC.offset(),
        LinuxStructs.UT_TV_USEC.offset(),
        LinuxStructs.UT_TV_SEC.width()),
    /**
     * {@code __WORDSIZE_TIME64_COMPAT32} = 0 on a 64-bit ABI (aarch64, riscv64, loongarch64):
     * {@code long ut_session} at 336, {@code struct timeval ut_tv} with 8-byte {@code tv_sec} at
     * 344 and {@code tv_usec} at 352, {@code ut_addr_v6[4]} at 360, 20 reserved bytes at 376,
     * padded to 400 bytes. Not declared in {@link LinuxStructs}: no header of these ABIs is at hand
     * to check it against; the offsets follow glibc's {@code bits/utmp.h} for them.
     */
    LP64(400, 344, 352, 8);

    final int recordSize;
    final int tvSec;
    final int tvUsec;
    final int timeFieldSize;

    Layout(int recordSize, int tvSec, int tvUsec, int timeFieldSize) {
      this.recordSize = recordSize;
      this.tvSec = tvSec;
      this.tvUsec = tvUsec;
      this.timeFieldSize = timeFieldSize;
    }

    /** The size of one record in bytes. */
    public int recordSize() {
      return recordSize;
    }
  }

  private Utmp() {}

  /**
   * The {@code USER_PROCESS} records, in file order. {@code data}'s byte order must be the one of
   * the machine that wrote the file (the native order). A trailing partial record is ignored, as
   * glibc's {@code getutent} stops at a short read.
   */
  public static List<User> users(ByteBuffer data, Layout layout) {
    List<User> users = new ArrayList<>();
    int base = data.position();
    int count = (data.limit() - base) / layout.recordSize;
    for (int i = 0; i < count; i++) {
      int r = base + i * layout.recordSize;
      if (data.getShort(r + TYPE) == USER_PROCESS) {
        users.add(user(data, r, layout));
      }
    }
    return users;
  }

  private static User user(ByteBuffer data, int r, Layout layout) {
    String line = string(data, r + LINE, LINE_SIZE);
    String host = string(data, r + HOST, HOST_SIZE);
    // psutil arch/posix/users.c: an X display or an empty host is the local machine.
    if (host.isEmpty() || host.equals(":0") || host.equals(":0.0")) {
      host = "localhost";
    }
    return new User(
        string(data, r + USER, USER_SIZE),
        line.isEmpty() ? Optional.empty() : Optional.of(line),
        Optional.of(host),
        started(data, r, layout),
        OptionalInt.of(data.getInt(r + PID)));
  }

  /**
   * {@code ut_tv} as an instant, to the microsecond (psutil keeps whole seconds only). A 32-bit
   * {@code tv_sec} is read as unsigned: identical to glibc's signed {@code int32_t} for every date
   * before 2038, and what the Y2038 work on the shared utmp format moves to.
   */
  private static Instant started(ByteBuffer data, int r, Layout layout) {
    long sec;
    long usec;
    if (layout.timeFieldSize == 4) {
      sec = Integer.toUnsignedLong(data.getInt(r + layout.tvSec));
      usec = data.getInt(r + layout.tvUsec);
    } else {
      sec = data.getLong(r + layout.tvSec);
      usec = data.getLong(r + layout.tvUsec);
    }
    if (usec < 0 || usec > 999_999) {
      throw Malformed.in(FILE, "tv_usec " + usec + " is outside 0..999999");
    }
    return Instant.ofEpochSecond(sec, usec * 1000);
  }

  /** The bytes of a char array up to its first NUL, as UTF-8 (psutil decodes with the FS codec). */
  private static String string(ByteBuffer data, int offset, int size) {
    int len = 0;
    while (len < size && data.get(offset + len) != 0) {
      len++;
    }
    byte[] bytes = new byte[len];
    data.get(offset, bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
