package io.github.jpsutil.windows.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.windows.parse.SessionInformation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The own session's WTSUserName as Wine answered it, compared with GetUserNameW of the same process
 * (user.txt), exact. The other two classes Wine fails; they are covered from the documented layouts
 * in SessionsReplayTest.
 */
class SessionCaptureTest {
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void userNameMatchesGetUserName(CaptureDirectory capture) {
    CaptureDirectory.Entry e = capture.entry("WTSQuerySessionInformation-WTSUserName.bin");
    assertThat(e.rc()).isOne();
    assertThat(SessionInformation.userName(capture.raw(e.file())))
        .isEqualTo(capture.keyValues("user.txt").get("GetUserName"))
        .isNotEmpty();
  }
}
