package io.github.jpsutil.unix;

import io.github.jpsutil.api.User;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * psutil's {@code users()} as its {@code arch/posix/users.c} builds it from {@code getutxent(3)}:
 * the {@code USER_PROCESS} records only, an empty {@code ut_host} or an X display ({@code :0},
 * {@code :0.0}) being the local machine. The record layout is the OS's, given as {@link Fields};
 * posix {@code UtmpxRecords} reads the records.
 */
public final class UtmpxUsers {
  private UtmpxUsers() {}

  /**
   * Where one OS's {@code struct utmpx} (its {@code utmpx.h}) keeps what psutil reads.
   *
   * @param userProcess the OS's {@code USER_PROCESS} type number
   * @param type {@code ut_type}, read unsigned
   * @param user {@code ut_user}, a char array
   * @param line {@code ut_line}, a char array
   * @param host {@code ut_host}, a char array
   * @param pid {@code ut_pid}
   * @param tvSec {@code ut_tv.tv_sec}, a signed 64-bit number
   * @param tvUsec {@code ut_tv.tv_usec}, a signed 64-bit number
   */
  public record Fields(
      int userProcess,
      CField type,
      CField user,
      CField line,
      CField host,
      CField pid,
      CField tvSec,
      CField tvUsec) {
    /**
     * Checks that every field is there and all are of one struct.
     *
     * @param userProcess the OS's {@code USER_PROCESS} type number
     * @param type {@code ut_type}, read unsigned
     * @param user {@code ut_user}, a char array
     * @param line {@code ut_line}, a char array
     * @param host {@code ut_host}, a char array
     * @param pid {@code ut_pid}
     * @param tvSec {@code ut_tv.tv_sec}, a signed 64-bit number
     * @param tvUsec {@code ut_tv.tv_usec}, a signed 64-bit number
     */
    public Fields {
      for (CField f : List.of(user, line, host, pid, tvSec, tvUsec)) {
        if (f.struct() != type.struct()) {
          throw new IllegalArgumentException(f + " is not a field of " + type.struct());
        }
      }
    }

    /** {@return the {@code struct utmpx} these fields are of} */
    public CStruct struct() {
      return type.struct();
    }
  }

  /**
   * The users of the {@code USER_PROCESS} records, in order; boot, run-level, login and dead
   * records are left out as psutil leaves them out.
   *
   * @param fields the OS's layout
   * @param records whole {@code struct utmpx} records
   * @return one user per session
   * @throws io.github.jpsutil.api.MalformedDataException for a short record, or a time stamp that
   *     is negative or whose microseconds are not below a million
   */
  public static List<User> users(Fields fields, List<ByteBuffer> records) {
    Objects.requireNonNull(fields, "fields");
    List<User> out = new ArrayList<>();
    for (ByteBuffer r : records) {
      fields.struct().require(r);
      if (fields.type().u16(r) == fields.userProcess()) {
        out.add(user(fields, r));
      }
    }
    return List.copyOf(out);
  }

  private static User user(Fields f, ByteBuffer r) {
    long sec = f.tvSec().i64(r);
    long usec = f.tvUsec().i64(r);
    if (sec < 0 || sec > Instant.MAX.getEpochSecond() || usec < 0 || usec > 999_999) {
      throw f.tvSec().malformed("or tv_usec out of range: " + sec + " s, " + usec + " µs");
    }
    String line = f.line().cString(r);
    String host = f.host().cString(r);
    if (host.isEmpty() || host.equals(":0") || host.equals(":0.0")) {
      host = "localhost";
    }
    return new User(
        f.user().cString(r),
        line.isEmpty() ? Optional.empty() : Optional.of(line),
        Optional.of(host),
        Instant.ofEpochSecond(sec, usec * 1000),
        OptionalInt.of(f.pid().i32(r)));
  }
}
