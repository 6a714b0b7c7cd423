package io.github.jpsutil.macos.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.Signal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * proc_fdinfo arrays, the two vnode path structs and the signal table. Offsets come from the
 * declarations that MacosLayoutCompileTest compiles against the SDK headers: proc_fdinfo {int32
 * proc_fd; uint32 proc_fdtype}, vip_path at 152 within vnode_info_path, pvip at 24 within
 * vnode_fdinfowithpath.
 */
class LibprocStructsTest {

  static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  @Test
  void fdArrayHasOneEntryPerEightBytes() {
    ByteBuffer b = le(24);
    b.putInt(0, 0).putInt(4, 1); // stdin, PROX_FDTYPE_VNODE
    b.putInt(8, 3).putInt(12, 2); // a socket
    b.putInt(16, 7).putInt(20, 5); // PROX_FDTYPE_KQUEUE: types pass through as they are
    assertThat(ProcFdInfo.decodeAll(b))
        .containsExactly(new ProcFdInfo(0, 1), new ProcFdInfo(3, 2), new ProcFdInfo(7, 5));
    assertThat(ProcFdInfo.decodeAll(le(0))).isEmpty();
    assertThatThrownBy(() -> ProcFdInfo.decodeAll(le(12)))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("struct proc_fdinfo array must be a multiple of 8 bytes, got 12");
  }

  @Test
  void cwdIsTheCurrentDirectorysPath() {
    ByteBuffer b = le(2352);
    b.put(152, "/Users/me/src".getBytes(StandardCharsets.UTF_8));
    b.put(1176 + 152, "/".getBytes(StandardCharsets.UTF_8)); // pvi_rdir.vip_path, not read
    assertThat(VnodePaths.cwd(b)).isEqualTo("/Users/me/src");
    assertThatThrownBy(() -> VnodePaths.cwd(le(2000)))
        .hasMessageContaining("struct proc_vnodepathinfo needs 2352 bytes");
  }

  @Test
  void openFilePathIsAfterTheFileInfoAndVnodeInfo() {
    ByteBuffer b = le(1200);
    byte[] path = "/private/var/log/system.log".getBytes(StandardCharsets.UTF_8);
    b.put(176, path);
    assertThat(VnodePaths.openFilePath(b)).isEqualTo("/private/var/log/system.log");
    // A path filling all of MAXPATHLEN without a NUL is taken whole, not read past.
    ByteBuffer full = le(1200);
    for (int i = 0; i < 1024; i++) {
      full.put(176 + i, (byte) 'a');
    }
    assertThat(VnodePaths.openFilePath(full)).hasSize(1024);
  }

  @Test
  void signalsHaveTheirMacNumbersAndWindowsEventsNone() {
    assertThat(MacSignals.of(Signal.SIGSTOP)).isEqualTo(17);
    assertThat(MacSignals.of(Signal.SIGCONT)).isEqualTo(19);
    assertThat(MacSignals.of(Signal.SIGUSR1)).isEqualTo(30);
    assertThat(MacSignals.of(Signal.SIGKILL)).isEqualTo(9);
    assertThatThrownBy(() -> MacSignals.of(Signal.CTRL_C_EVENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CTRL_C_EVENT does not exist on macOS");
  }
}
