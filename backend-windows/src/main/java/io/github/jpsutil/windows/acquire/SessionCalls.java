package io.github.jpsutil.windows.acquire;

import java.util.Optional;

/**
 * The Remote Desktop Services calls of psutil's Windows {@code users()} over a {@link WindowsApi},
 * with its rules (arch/windows/sys.c {@code psutil_users}): {@code ERROR_CALL_NOT_IMPLEMENTED} from
 * the enumeration (Windows Nano Server) means no sessions; any other failure names the call.
 */
public record SessionCalls(WindowsApi api) {
  /** {@code WTS_INFO_CLASS} values (wtsapi32.h). */
  public static final int WTS_USER_NAME = 5;

  public static final int WTS_CLIENT_ADDRESS = 14;
  public static final int WTS_SESSION_INFO = 24;

  /** winerror.h. */
  static final int ERROR_CALL_NOT_IMPLEMENTED = 120;

  /**
   * {@code WTSEnumerateSessionsW}: the sessions, {@link Reply#needed()} their count; empty where
   * the API is not implemented.
   */
  public Optional<Reply> sessions() {
    Reply r = api.enumerateSessions();
    if (r.status() == ERROR_CALL_NOT_IMPLEMENTED) {
      return Optional.empty();
    }
    return Optional.of(WindowsCalls.checked("WTSEnumerateSessionsW", r));
  }

  /** {@code WTSQuerySessionInformationW(session, infoClass)}. */
  public Reply query(int session, int infoClass) {
    return WindowsCalls.checked(
        "WTSQuerySessionInformationW(session " + session + ", class " + infoClass + ")",
        api.sessionInformation(session, infoClass));
  }
}
