package io.github.jpsutil.macos.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.Gids;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.Uids;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** struct kinfo_proc (LP64, 648 bytes) written field by field at xnu's offsets. */
class KinfoProcTest {

  static void put(
      ByteBuffer b, int off, int pid, int ppid, String comm, int stat, int flag, int eflag) {
    b.putLong(off, 1_700_000_123L); // p_starttime.tv_sec
    b.putInt(off + 8, 250_000); // p_starttime.tv_usec
    b.putLong(off + 16, 0x7000_0000_1000L); // p_vmspace (a pointer, unused)
    b.putInt(off + 32, flag); // p_flag
    b.put(off + 36, (byte) stat); // p_stat
    b.putInt(off + 40, pid); // p_pid
    b.putInt(off + 44, 0); // p_oppid
    b.put(off + 241, (byte) 31); // p_usrpri
    b.put(off + 242, (byte) -5); // p_nice
    byte[] c = comm.getBytes(StandardCharsets.UTF_8);
    b.put(off + 243, c); // p_comm[17]
    int e = off + 296; // struct eproc
    b.putInt(e + 96, 501); // e_pcred.p_ruid
    b.putInt(e + 100, 502); // e_pcred.p_svuid
    b.putInt(e + 104, 20); // e_pcred.p_rgid
    b.putInt(e + 108, 21); // e_pcred.p_svgid
    b.putInt(e + 120, 1); // e_ucred.cr_ref
    b.putInt(e + 124, 0); // e_ucred.cr_uid (effective: root, a setuid program)
    b.putShort(e + 128, (short) 3); // e_ucred.cr_ngroups
    b.putInt(e + 132, 80); // e_ucred.cr_groups[0]
    b.putInt(e + 136, 12); // e_ucred.cr_groups[1]
    b.putInt(e + 264, ppid); // e_ppid
    b.putInt(e + 268, pid); // e_pgid
    b.putInt(e + 276, 0x1000003); // e_tdev
    b.putInt(e + 316, eflag); // e_flag
  }

  static ByteBuffer one(int stat, int flag, int eflag) {
    ByteBuffer b = ByteBuffer.allocate(648).order(ByteOrder.LITTLE_ENDIAN);
    put(b, 0, 4321, 1, "Safari", stat, flag, eflag);
    return b;
  }

  @Test
  void decodesEveryField() {
    KinfoProc k = KinfoProc.decode(one(2, 0x4004, 0x1), 0);
    assertThat(k)
        .isEqualTo(
            new KinfoProc(
                4321,
                1,
                "Safari",
                ProcessStatus.RUNNING,
                new Uids(501, 0, OptionalInt.of(502)),
                new Gids(20, 80, OptionalInt.of(21)),
                1_700_000_123L,
                250_000,
                -5,
                0x1000003));
    assertThat(k.createTime()).isEqualTo(1_700_000_123.25);
  }

  @Test
  void aSixteenCharacterNameFillsTheFieldUpToItsNul() {
    ByteBuffer b = ByteBuffer.allocate(648).order(ByteOrder.LITTLE_ENDIAN);
    put(b, 0, 1, 0, "com.apple.WebKi", 3, 0, 0);
    assertThat(KinfoProc.decode(b, 0).comm()).isEqualTo("com.apple.WebKi");
    // 17 bytes without a NUL: the whole field.
    b.put(243, "0123456789abcdefg".getBytes(StandardCharsets.US_ASCII));
    assertThat(KinfoProc.decode(b, 0).comm()).isEqualTo("0123456789abcdefg");
  }

  @Test
  void statusFollowsPsutilsGuessFromFlags() {
    // p_stat alone
    assertThat(KinfoProc.decode(one(1, 0, 0), 0).status()).isEqualTo(ProcessStatus.IDLE);
    assertThat(KinfoProc.decode(one(2, 0, 0), 0).status()).isEqualTo(ProcessStatus.RUNNING);
    assertThat(KinfoProc.decode(one(3, 0, 0), 0).status()).isEqualTo(ProcessStatus.SLEEPING);
    assertThat(KinfoProc.decode(one(9, 0, 0), 0).status()).isEqualTo(ProcessStatus.UNKNOWN);
    // zombie and stopped win over every flag
    assertThat(KinfoProc.decode(one(5, 0x200, 2), 0).status()).isEqualTo(ProcessStatus.ZOMBIE);
    assertThat(KinfoProc.decode(one(4, 0x2000, 2), 0).status()).isEqualTo(ProcessStatus.STOPPED);
    // P_SYSTEM, P_WEXIT, P_PPWAIT: idle
    assertThat(KinfoProc.decode(one(2, 0x200, 0), 0).status()).isEqualTo(ProcessStatus.IDLE);
    assertThat(KinfoProc.decode(one(2, 0x2000, 0), 0).status()).isEqualTo(ProcessStatus.IDLE);
    assertThat(KinfoProc.decode(one(2, 0x10, 0), 0).status()).isEqualTo(ProcessStatus.IDLE);
    // EPROC_SLEADER: sleeping
    assertThat(KinfoProc.decode(one(2, 0, 0x2), 0).status()).isEqualTo(ProcessStatus.SLEEPING);
    // EPROC_CTTY alone changes nothing
    assertThat(KinfoProc.decode(one(2, 0, 0x1), 0).status()).isEqualTo(ProcessStatus.RUNNING);
  }

  @Test
  void decodesTheWholeTable() {
    ByteBuffer b = ByteBuffer.allocate(3 * 648).order(ByteOrder.LITTLE_ENDIAN);
    put(b, 0, 0, 0, "kernel_task", 2, 0x200, 0);
    put(b, 648, 1, 0, "launchd", 2, 0x4004, 0x2);
    put(b, 1296, 777, 1, "zsh", 5, 0, 0);
    List<KinfoProc> all = KinfoProc.decodeAll(b);
    assertThat(all).extracting(KinfoProc::pid).containsExactly(0, 1, 777);
    assertThat(all).extracting(KinfoProc::ppid).containsExactly(0, 0, 1);
    assertThat(all).extracting(KinfoProc::comm).containsExactly("kernel_task", "launchd", "zsh");
    assertThat(all)
        .extracting(KinfoProc::status)
        .containsExactly(ProcessStatus.IDLE, ProcessStatus.SLEEPING, ProcessStatus.ZOMBIE);
  }

  @Test
  void rejectsMalformedInput() {
    assertThatThrownBy(() -> KinfoProc.decode(ByteBuffer.allocate(600), 0))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("kinfo_proc needs 648 bytes");
    assertThatThrownBy(() -> KinfoProc.decodeAll(ByteBuffer.allocate(700)))
        .hasMessageContaining("multiple of 648 bytes, got 700");
    ByteBuffer badUsec = one(2, 0, 0);
    badUsec.putInt(8, 1_000_000);
    assertThatThrownBy(() -> KinfoProc.decode(badUsec, 0)).hasMessageContaining("tv_usec");
    assertThat(KinfoProc.decodeAll(ByteBuffer.allocate(0))).isEmpty();
  }
}
