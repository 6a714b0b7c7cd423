package io.github.jpsutil.linux.jna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Numbers from {@code asm/unistd_64.h} (x86_64) and {@code asm-generic/unistd.h}. */
class SyscallNumbersTest {
  @Test
  void x86AndGenericTables() {
    SyscallNumbers x86 = SyscallNumbers.forArch("amd64");
    assertThat(x86.ioprioSet()).isEqualTo(251);
    assertThat(x86.ioprioGet()).isEqualTo(252);
    for (String generic : new String[] {"aarch64", "riscv64"}) {
      SyscallNumbers n = SyscallNumbers.forArch(generic);
      assertThat(n.ioprioSet()).isEqualTo(30);
      assertThat(n.ioprioGet()).isEqualTo(31);
    }
    assertThat(SyscallNumbers.PIDFD_OPEN).isEqualTo(434);
    assertThat(SyscallNumbers.PIDFD_SEND_SIGNAL).isEqualTo(424);
  }

  @Test
  void unknownArchitecturesNeverGuess() {
    SyscallNumbers arm32 = SyscallNumbers.forArch("arm");
    assertThat(arm32.supported()).isFalse();
    assertThatThrownBy(() -> arm32.require("ioprio_get"))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("ioprio_get")
        .hasMessageContaining("'arm'");
  }
}
