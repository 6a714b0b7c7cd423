package io.github.jpsutil.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.User;
import io.github.jpsutil.windows.capture.CaptureDirectory;
import io.github.jpsutil.windows.capture.ReplayWindowsApi;
import io.github.jpsutil.windows.parse.FileTime;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * users() over the replayed Remote Desktop Services calls. Wine 8 lists no session, and of the own
 * session answers only WTSUserName; WTS_CLIENT_ADDRESS and WTSINFOW are therefore declared here
 * from Microsoft's documented layouts, which WindowsLayoutCompileTest holds against MinGW-w64's
 * wtsapi32.h.
 */
class SessionsReplayTest {
  private static final CaptureDirectory CAPTURE = CaptureDirectory.all().findFirst().orElseThrow();

  private static final int OWN =
      Integer.parseInt(CAPTURE.keyValues("manifest.txt").get("ProcessIdToSessionId"));

  /** 2026-01-02T03:04:05Z as a FILETIME. */
  private static final Instant CONNECTED = Instant.parse("2026-01-02T03:04:05Z");

  private static byte[] clientAddress(int family, int... address) {
    ByteBuffer b = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(0, family);
    for (int i = 0; i < address.length; i++) {
      b.put(4 + i, (byte) address[i]);
    }
    return b.array();
  }

  private static byte[] sessionInfo(Instant connected) {
    ByteBuffer b = ByteBuffer.allocate(216).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(176, FileTime.UNIX_EPOCH + connected.getEpochSecond() * 10_000_000L);
    return b.array();
  }

  /** Wine's WTSEnumerateSessionsW lists 0 sessions: users() is empty. */
  @Test
  void wineListsNoSession() {
    assertThat(CAPTURE.entry("WTSEnumerateSessions.bin").rc()).isZero();
    assertThat(WindowsBackend.over(new ReplayWindowsApi(CAPTURE)).host().users()).isEmpty();
  }

  /**
   * The own session: its captured WTSUserName (the probe's GetUserNameW, user.txt), an IPv4 client
   * 10.0.0.7 (two bytes into Address), the connect time; terminal and pid empty as psutil's None.
   */
  @Test
  void aSessionWithAUserIsListed() {
    ReplayWindowsApi api = new ReplayWindowsApi(CAPTURE);
    api.declaredSessions.add(OWN);
    api.declaredSessionInfo.put(OWN + ":14", clientAddress(2, 0, 0, 10, 0, 0, 7));
    api.declaredSessionInfo.put(OWN + ":24", sessionInfo(CONNECTED));
    List<User> users = WindowsBackend.over(api).host().users();
    assertThat(users)
        .containsExactly(
            new User(
                CAPTURE.keyValues("user.txt").get("GetUserName"),
                Optional.empty(),
                Optional.of("10.0.0.7"),
                CONNECTED,
                OptionalInt.empty()));
  }

  /**
   * A session without a user (WTSUserName only the NUL) is skipped; a non-IPv4 client has no host.
   */
  @Test
  void sessionsWithoutUserAreSkippedAndOtherFamiliesHaveNoHost() {
    ReplayWindowsApi api = new ReplayWindowsApi(CAPTURE);
    api.declaredSessions.addAll(List.of(0, 7));
    api.declaredSessionInfo.put("0:5", new byte[2]);
    api.declaredSessionInfo.put(
        "7:5", "bob\0".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
    api.declaredSessionInfo.put("7:14", clientAddress(23, 0, 0, 0xfe, 0x80));
    api.declaredSessionInfo.put("7:24", sessionInfo(CONNECTED));
    assertThat(WindowsBackend.over(api).host().users())
        .extracting(User::name, User::host)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("bob", Optional.empty()));
  }

  /** Windows Nano Server's ERROR_CALL_NOT_IMPLEMENTED (120) is no sessions, as psutil. */
  @Test
  void notImplementedIsNoSessions() {
    ReplayWindowsApi api = new ReplayWindowsApi(CAPTURE).failNext("WTSEnumerateSessionsW", 120);
    assertThat(WindowsBackend.over(api).host().users()).isEmpty();
  }

  /** Wine fails WTSClientAddress of its own session: the error names the call and class 14. */
  @Test
  void aFailedQueryIsReported() {
    ReplayWindowsApi api = new ReplayWindowsApi(CAPTURE);
    api.declaredSessions.add(OWN);
    assertThat(CAPTURE.entry("WTSQuerySessionInformation-WTSClientAddress.bin").rc())
        .isNotEqualTo(1L);
    assertThatThrownBy(() -> WindowsBackend.over(api).host().users())
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("WTSQuerySessionInformationW(session " + OWN + ", class 14) failed");
    ReplayWindowsApi denied = new ReplayWindowsApi(CAPTURE).failNext("WTSEnumerateSessionsW", 5);
    assertThatThrownBy(() -> WindowsBackend.over(denied).host().users())
        .hasMessageContaining("WTSEnumerateSessionsW failed: Windows error 5");
  }
}
