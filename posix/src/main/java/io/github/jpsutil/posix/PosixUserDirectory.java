package io.github.jpsutil.posix;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import io.github.jpsutil.posix.jna.LibcPasswd;
import io.github.jpsutil.spi.UserDirectory;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link UserDirectory} over {@code getpwuid_r(3)}, which goes through NSS (files, LDAP, sssd) as
 * psutil's {@code pwd.getpwuid} does, without starting {@code getent} (OSHI's slow path). Answers
 * are cached per uid for the life of the backend: a process scan asks for the same few uids
 * thousands of times, and renaming a user while it runs processes is rare enough to accept.
 */
public final class PosixUserDirectory implements UserDirectory {
  /** Creates the directory; nothing is looked up until asked, and answers are cached per uid. */
  public PosixUserDirectory() {}

  /** {@code pw_name} is the first member of {@code struct passwd} on every POSIX system. */
  private static final int PW_NAME_OFFSET = 0;

  /** Large enough for {@code struct passwd} on LP64 systems (Linux 48, macOS/BSD 72 bytes). */
  private static final int PASSWD_STRUCT_SIZE = 128;

  /** ERANGE: the buffer was too small. 34 on Linux, macOS, FreeBSD and illumos. */
  private static final int ERANGE = 34;

  private final ConcurrentHashMap<Integer, Optional<String>> cache = new ConcurrentHashMap<>();

  @Override
  public Optional<String> nameOf(int uid) {
    return cache.computeIfAbsent(uid, PosixUserDirectory::lookup);
  }

  private static Optional<String> lookup(int uid) {
    for (int size = 1024; size <= 1 << 20; size *= 4) {
      Memory pwd = new Memory(PASSWD_STRUCT_SIZE);
      Memory buf = new Memory(size);
      Memory result = new Memory(Native.POINTER_SIZE);
      result.setPointer(0, null);
      int rc = LibcPasswd.INSTANCE.getpwuid_r(uid, pwd, buf, size, result);
      if (rc == ERANGE) {
        continue;
      }
      if (rc != 0) {
        throw NativeErrors.failure("getpwuid_r(" + uid + ")", rc);
      }
      Pointer found = result.getPointer(0);
      if (found == null) {
        return Optional.empty();
      }
      Pointer name = found.getPointer(PW_NAME_OFFSET);
      return name == null ? Optional.empty() : Optional.of(name.getString(0));
    }
    throw NativeErrors.failure("getpwuid_r(" + uid + "): entry larger than 1 MiB", ERANGE);
  }
}
