package io.github.jpsutil.freebsd.acquire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.freebsd.acquire.RecordedKernel.Answer;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The acquire layer over a fake kernel: errno mapping as psutil maps it (ESRCH → NoSuchProcess,
 * EPERM → AccessDenied, others name the call), and the retry when a table grows between the size
 * query and the read (ENOMEM, sysctl(3)).
 */
class SysctlsTest {
  // sys/sysctl.h: CTL_KERN 1, KERN_PROC 14, KERN_PROC_PID 1, KERN_PROC_PROC 8.
  private static final int[] PROC_PID_42 = {1, 14, 1, 42};
  private static final int[] PROC_PROC = {1, 14, 8};

  private static ByteBuffer bytes(int n, int fill) {
    ByteBuffer b = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < n; i++) {
      b.put(i, (byte) fill);
    }
    return b;
  }

  @Test
  void aNamedValueIsReturnedAtTheLengthTheKernelGave() {
    RecordedKernel k = new RecordedKernel().answer("hw.pagesize", bytes(4, 1));
    ByteBuffer b = new Sysctls(k).byName("hw.pagesize", 8);
    assertThat(b.limit()).isEqualTo(4);
    assertThat(b.order()).isEqualTo(ByteOrder.nativeOrder());
  }

  @Test
  void anUnknownNameIsAnErrorNamingTheCallAndErrno() {
    Sysctls s = new Sysctls(new RecordedKernel());
    assertThatThrownBy(() -> s.byName("vm.nope", 8))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("sysctlbyname(vm.nope) failed: errno 2 (ENOENT)");
    assertThat(s.exists("vm.nope")).isFalse();
  }

  @Test
  void existsRethrowsAnythingButEnoent() {
    RecordedKernel k = new RecordedKernel().answer("kern.x", Answer.errno(1));
    assertThatThrownBy(() -> new Sysctls(k).exists("kern.x"))
        .hasMessageContaining("errno 1 (EPERM)");
  }

  @Test
  void processReadsMapEsrchAndEpermAndAnEmptyAnswer() {
    RecordedKernel gone = new RecordedKernel().answer(PROC_PID_42, Answer.errno(3));
    assertThatThrownBy(() -> new Sysctls(gone).kinfoProc(42, 1088))
        .isInstanceOf(NoSuchProcess.class)
        .satisfies(e -> assertThat(((NoSuchProcess) e).pid()).isEqualTo(42));
    RecordedKernel denied = new RecordedKernel().answer(PROC_PID_42, Answer.errno(1));
    assertThatThrownBy(() -> new Sysctls(denied).kinfoProc(42, 1088))
        .isInstanceOf(AccessDenied.class)
        .hasMessageContaining("sysctl(KERN_PROC_PID)");
    // KERN_PROC_PID for a pid that is gone may also answer 0 bytes and no error.
    RecordedKernel empty =
        new RecordedKernel().answer(PROC_PID_42, Answer.of(ByteBuffer.allocate(0)));
    assertThatThrownBy(() -> new Sysctls(empty).kinfoProc(42, 1088))
        .isInstanceOf(NoSuchProcess.class);
  }

  @Test
  void aTableThatGrowsBetweenSizeAndReadIsReadAgain() {
    // Size query: 2 structs; by the read 40 more exist (more than the slack): ENOMEM, ask again.
    RecordedKernel k =
        new RecordedKernel()
            .answer(
                PROC_PROC,
                Answer.of(bytes(2 * 1088, 1)),
                Answer.of(bytes(42 * 1088, 2)),
                Answer.of(bytes(42 * 1088, 2)),
                Answer.of(bytes(42 * 1088, 2)));
    ByteBuffer table = new Sysctls(k).kinfoProcAll();
    assertThat(table.limit()).isEqualTo(42 * 1088);
    assertThat(table.get(0)).isEqualTo((byte) 2);
    assertThat(k.calls())
        .containsExactly("[1, 14, 8] size?", "[1, 14, 8]", "[1, 14, 8] size?", "[1, 14, 8]");
  }

  @Test
  void aTableThatNeverStopsGrowingIsAnErrorAfterEightTries() {
    // Each size query sees 1 struct, each read 100: always more than the slack.
    Answer[] growing = new Answer[17];
    for (int i = 0; i < growing.length; i++) {
      growing[i] = Answer.of(bytes((i % 2 == 0 ? 1 : 100) * 1088, 0));
    }
    RecordedKernel k = new RecordedKernel().answer(PROC_PROC, growing);
    assertThatThrownBy(() -> new Sysctls(k).kinfoProcAll())
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("the table kept growing");
    assertThat(k.calls()).hasSize(16);
  }

  @Test
  void swapDevicesAreReadUntilEnoent() {
    RecordedKernel k =
        new RecordedKernel()
            .mib("vm.swap_info", 2, 1234)
            .answer(new int[] {2, 1234, 0}, Answer.of(bytes(32, 7)))
            .answer(new int[] {2, 1234, 1}, Answer.of(bytes(32, 8)));
    List<ByteBuffer> devices = new Sysctls(k).swapDevices(32);
    assertThat(devices).extracting(b -> b.get(0)).containsExactly((byte) 7, (byte) 8);
    assertThat(new Sysctls(new RecordedKernel().mib("vm.swap_info", 2, 1)).swapDevices(32))
        .isEmpty();
  }
}
