package io.github.jpsutil.posix;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.LastErrorException;
import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.NoSuchProcess;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** errno numbers of Linux {@code asm-generic/errno-base.h}: EPERM 1, ESRCH 3, EIO 5, EACCES 13. */
class NativeErrorsTest {
  @Test
  void esrchIsNoSuchProcessOnlyWhenTheCallWasAboutAPid() {
    assertThat(NativeErrors.translate(3, "kill", 42))
        .isInstanceOfSatisfying(NoSuchProcess.class, e -> assertThat(e.pid()).isEqualTo(42));
    assertThat(NativeErrors.translate(3, "kstat_open", null))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("kstat_open failed");
  }

  @Test
  void epermAndEaccesAreAccessDeniedNamingTheCall() {
    assertThat(NativeErrors.translate(1, "setpriority", 42))
        .isInstanceOf(AccessDenied.class)
        .hasMessageContaining("setpriority");
    assertThat(NativeErrors.translate(13, "sysctl(KERN_PROC_ENV)", 42))
        .isInstanceOf(AccessDenied.class)
        .hasMessageContaining("sysctl(KERN_PROC_ENV)");
  }

  @Test
  void theErrnoAndTheJnaExceptionFormsAgree() {
    RuntimeException a = NativeErrors.translate(5, "getmsg", null);
    RuntimeException b = NativeErrors.translate(new LastErrorException(5), "getmsg", null);
    assertThat(a).isInstanceOf(UncheckedIOException.class).hasMessage(b.getMessage());
    assertThat(a.getMessage()).contains("getmsg failed").contains("5");
  }
}
