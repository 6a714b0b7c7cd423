package io.github.jpsutil.sunos.parse;

import static io.github.jpsutil.sunos.parse.ProcStructs.le;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.Gids;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.PageFaults;
import io.github.jpsutil.api.ProcessCpuTimes;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.Uids;
import java.nio.ByteBuffer;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** psinfo_t, pstatus_t, prusage_t, prcred_t, lpsinfo and argv at the LP64 offsets. */
class ProcFilesTest {

  @Test
  void psinfoDecodesEveryFieldPsutilReads() {
    PsInfo p =
        PsInfo.decode(
            ProcStructs.psinfo(2_345, 1, "sshd", "/usr/lib/ssh/sshd -D -R", 6, 3, 0x8047_000L, 2));
    assertThat(p.nlwp()).isEqualTo(3);
    assertThat(p.pid()).isEqualTo(2_345);
    assertThat(p.ppid()).isEqualTo(1);
    assertThat(p.ids())
        .isEqualTo(
            new PrCred(
                new Uids(101, 0, OptionalInt.empty()), new Gids(10, 3, OptionalInt.empty())));
    assertThat(p.sizeKb()).isEqualTo(20_480);
    assertThat(p.rssKb()).isEqualTo(6_144);
    assertThat(p.ttydev()).isEqualTo(-1L);
    assertThat(p.envp()).isEqualTo(0x8047_000L + 64);
    assertThat(p.createTime()).isEqualTo(1_700_000_000.25);
    assertThat(p.fname()).isEqualTo("sshd");
    assertThat(p.psargs()).isEqualTo("/usr/lib/ssh/sshd -D -R");
    assertThat(p.argc()).isEqualTo(3);
    assertThat(p.argv()).isEqualTo(0x8047_000L);
    assertThat(p.pointerSize()).isEqualTo(8);
    assertThat(p.state()).isEqualTo(6);
    assertThat(p.nice()).isEqualTo(4);
    assertThat(p.status()).isEqualTo(ProcessStatus.RUNNING);
    assertThat(p.memoryInfo()).isEqualTo(new MemoryInfo.Basic(6_144L * 1024, 20_480L * 1024));
  }

  @Test
  void statesFollowPsutil() {
    ProcessStatus[] expected = {
      ProcessStatus.UNKNOWN,
      ProcessStatus.SLEEPING,
      ProcessStatus.RUNNING,
      ProcessStatus.ZOMBIE,
      ProcessStatus.STOPPED,
      ProcessStatus.IDLE,
      ProcessStatus.RUNNING,
      ProcessStatus.WAITING,
      ProcessStatus.UNKNOWN
    };
    for (int state = 0; state < expected.length; state++) {
      PsInfo p = PsInfo.decode(ProcStructs.psinfo(9, 1, "x", "x", state, 0, 0, 2));
      assertThat(p.status()).as("pr_state %d", state).isEqualTo(expected[state]);
    }
  }

  @Test
  void psargsSplitsLikePythonsSplitOnOneSpace() {
    assertThat(PsInfo.decode(ProcStructs.psinfo(9, 1, "a", "a  b ", 1, 0, 0, 2)).psargsSplit())
        .containsExactly("a", "", "b", "");
    assertThat(PsInfo.decode(ProcStructs.psinfo(9, 1, "a", "", 1, 0, 0, 2)).psargsSplit())
        .containsExactly("");
    // 80 characters without a NUL: the whole field.
    String full = "x".repeat(80);
    assertThat(PsInfo.decode(ProcStructs.psinfo(9, 1, "a", full, 1, 0, 0, 2)).psargs())
        .isEqualTo(full);
  }

  @Test
  void psinfoRejectsMalformedInput() {
    assertThatThrownBy(() -> PsInfo.decode(le(400)))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("psinfo_t needs 416 bytes");
    ByteBuffer badNsec = ProcStructs.psinfo(9, 1, "a", "a", 1, 0, 0, 2).putLong(96, 1_000_000_000L);
    assertThatThrownBy(() -> PsInfo.decode(badNsec)).hasMessageContaining("pr_start out of range");
    ByteBuffer negative = ProcStructs.psinfo(9, 1, "a", "a", 1, 0, 0, 2).putInt(4, -1);
    assertThatThrownBy(() -> PsInfo.decode(negative)).hasMessageContaining("negative pr_nlwp");
    PsInfo unknownModel = PsInfo.decode(ProcStructs.psinfo(9, 1, "a", "a", 1, 0, 0, 0));
    assertThatThrownBy(unknownModel::pointerSize).hasMessageContaining("pr_dmodel is unknown: 0");
    assertThat(PsInfo.decode(ProcStructs.psinfo(9, 1, "a", "a", 1, 0, 0, 1)).pointerSize())
        .isEqualTo(4);
  }

  @Test
  void pstatusGivesOwnAndChildrenCpuTimes() {
    ByteBuffer b = ProcStructs.pstatus(1_500_000_000L, 250_000_000L, 10_000_000_000L, 1L);
    assertThat(PStatus.cpuTimes(b)).isEqualTo(new ProcessCpuTimes.Basic(1.5, 0.25, 10.0, 1e-9));
    assertThatThrownBy(() -> PStatus.cpuTimes(le(100)))
        .hasMessageContaining("pstatus_t needs 1680");
  }

  @Test
  void prusageGivesFaultsAndContextSwitches() {
    PrUsage u = PrUsage.decode(ProcStructs.prusage(4_000, 12, 300, 45));
    assertThat(u.pageFaults()).isEqualTo(new PageFaults(4_000, 12));
    assertThat(u.ctxSwitches()).isEqualTo(new CtxSwitches(300, 45));
    assertThat(u.userSeconds()).isEqualTo(1.5);
    assertThat(u.systemSeconds()).isEqualTo(0.5);
    assertThatThrownBy(() -> PrUsage.decode(le(500))).hasMessageContaining("prusage_t needs 504");
  }

  @Test
  void prcredGivesRealEffectiveSavedAndPsinfoIsTheFallback() {
    PrCred c = PrCred.decode(ProcStructs.prcred(0, 101, 102, 3, 10, 11));
    assertThat(c.uids()).isEqualTo(new Uids(101, 0, OptionalInt.of(102)));
    assertThat(c.gids()).isEqualTo(new Gids(10, 3, OptionalInt.of(11)));
    PrCred f = PsInfo.decode(ProcStructs.psinfo(9, 1, "a", "a", 1, 0, 0, 2)).ids();
    assertThat(f.uids()).isEqualTo(new Uids(101, 0, OptionalInt.empty()));
    assertThat(f.gids()).isEqualTo(new Gids(10, 3, OptionalInt.empty()));
    assertThatThrownBy(() -> PrCred.decode(le(20))).hasMessageContaining("prcred_t needs 32");
  }

  @Test
  void lpsinfoGivesTheFirstLwpsProcessor() {
    assertThat(LpsInfo.firstOnpro(ProcStructs.lpsinfo(7, 2))).isEqualTo(7);
    assertThatThrownBy(() -> LpsInfo.firstOnpro(ProcStructs.lpsinfo()))
        .hasMessageContaining("pr_nent 0");
    ByteBuffer truncated = ProcStructs.lpsinfo(1, 2);
    truncated.limit(16 + 128);
    assertThatThrownBy(() -> LpsInfo.firstOnpro(truncated)).hasMessageContaining("exceed");
  }

  @Test
  void argvPointersAreFourOrEightBytesByDataModel() {
    ByteBuffer lp64 = le(16).putLong(0, 0x8047_100L).putLong(8, 0x8047_108L);
    assertThat(ProcessArgs.pointers(lp64, 2, 8)).containsExactly(0x8047_100L, 0x8047_108L);
    ByteBuffer ilp32 = le(8).putInt(0, 0x8047_100).putInt(4, 0xF000_0000);
    assertThat(ProcessArgs.pointers(ilp32, 2, 4)).containsExactly(0x8047_100L, 0xF000_0000L);
    assertThatThrownBy(() -> ProcessArgs.pointers(lp64, 3, 8))
        .hasMessageContaining("argv needs 24");
    assertThatThrownBy(() -> ProcessArgs.pointers(lp64, 1, 2))
        .hasMessageContaining("pointer size must be 4 or 8");
    ByteBuffer chunk = le(6).put(0, (byte) 'l').put(1, (byte) 's').put(2, (byte) 0);
    assertThat(ProcessArgs.terminator(chunk)).isEqualTo(2);
    assertThat(ProcessArgs.terminator(le(4).putInt(0, 0x41414141))).isEqualTo(-1);
  }
}
