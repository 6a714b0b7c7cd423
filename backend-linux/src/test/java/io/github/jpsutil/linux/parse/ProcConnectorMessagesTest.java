package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.linux.parse.ProcConnectorEvent.Kind;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Datagrams recorded from Linux 6.18 on x86_64 by a small C program built against {@code
 * <linux/cn_proc.h>}: it subscribed (ACK), forked 31201, which exec'd {@code sh -c 'exit 3'}, and
 * 31202, which it killed with SIGKILL; its own pid was 31200. {@code waitpid} in that program gave
 * the statuses (3 &lt;&lt; 8 and 9) the decoder must find.
 */
class ProcConnectorMessagesTest {
  private static final String ACK =
      "4c00000003000000fc5f0100000000000100000001000000fc5f01000100000028000000000000000000"
          + "00003ad3119a890c0000000000000000000000000000000000000000000000000000";
  private static final String FORK_31201 =
      "4c00000003000000fd5f0100000000000100000001000000fd5f01000000000028000000010000000000"
          + "00000c06179a890c0000e0790000e0790000e1790000e17900000000000000000000";
  private static final String FORK_31202 =
      "4c00000003000000fe5f0100000000000100000001000000fe5f01000000000028000000010000000000"
          + "000007901a9a890c0000e0790000e0790000e2790000e27900000000000000000000";
  private static final String EXEC_31201 =
      "4c00000003000000ff5f0100000000000100000001000000ff5f01000000000028000000020000000000"
          + "0000cf0d6e9a890c0000e1790000e179000000000000000000000000000000000000";
  private static final String EXIT_31201 =
      "4c0000000300000000600100000000000100000001000000006001000000000028000000000000800000"
          + "0000499c399b890c0000e1790000e17900000003000011000000e0790000e0790000";
  private static final String EXIT_31202 =
      "4c0000000300000001600100000000000100000001000000016001000000000028000000000000800000"
          + "0000a00d58a6890c0000e2790000e27900000900000011000000e0790000e0790000";

  private static List<ProcConnectorEvent> decode(String hex) {
    byte[] b = HexFormat.of().parseHex(hex);
    return ProcConnectorMessages.decode(
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN), b.length);
  }

  @Test
  void recordedEventsDecode() {
    assertThat(decode(ACK)).containsExactly(new ProcConnectorEvent(Kind.ACK, 0, 0, 0, 0));
    assertThat(decode(FORK_31201))
        .containsExactly(new ProcConnectorEvent(Kind.FORK, 31201, 31201, 31200, 0));
    assertThat(decode(FORK_31202))
        .containsExactly(new ProcConnectorEvent(Kind.FORK, 31202, 31202, 31200, 0));
    assertThat(decode(EXEC_31201))
        .containsExactly(new ProcConnectorEvent(Kind.EXEC, 31201, 31201, 0, 0));
    assertThat(decode(EXIT_31201))
        .containsExactly(new ProcConnectorEvent(Kind.EXIT, 31201, 31201, 31200, 3 << 8));
    assertThat(decode(EXIT_31202))
        .containsExactly(new ProcConnectorEvent(Kind.EXIT, 31202, 31202, 31200, 9));
  }

  @Test
  void waitStatusesSplitIntoExitCodeOrSignal() {
    assertThat(WaitStatus.exitCode(3 << 8)).hasValue(3);
    assertThat(WaitStatus.signal(3 << 8)).isEmpty();
    assertThat(WaitStatus.exitCode(9)).isEmpty();
    assertThat(WaitStatus.signal(9)).hasValue(9);
    // SIGSEGV with the core-dump flag (0x80), as WCOREDUMP sees it.
    assertThat(WaitStatus.signal(0x80 | 11)).hasValue(11);
    assertThat(WaitStatus.exitCode(255 << 8)).isEqualTo(OptionalInt.of(255));
  }

  @Test
  void twoMessagesInOneDatagramBothDecode() {
    List<ProcConnectorEvent> both = decode(FORK_31201 + EXIT_31202);
    assertThat(both).extracting(ProcConnectorEvent::kind).containsExactly(Kind.FORK, Kind.EXIT);
  }

  @Test
  void threadEventsAreMarkedAsSuch() {
    assertThat(new ProcConnectorEvent(Kind.FORK, 31203, 31201, 31200, 0).isProcess()).isFalse();
    assertThat(decode(FORK_31201).get(0).isProcess()).isTrue();
  }

  @Test
  void truncatedOrInconsistentDatagramsAreMalformed() {
    byte[] whole = HexFormat.of().parseHex(EXIT_31201);
    ByteBuffer buf = ByteBuffer.wrap(whole).order(ByteOrder.LITTLE_ENDIAN);
    assertThatThrownBy(() -> ProcConnectorMessages.decode(buf, 60))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("nlmsg_len 76");
    byte[] shortPayload = whole.clone();
    shortPayload[16 + 16] = 8; // cn_msg.len = 8, less than a proc_event
    assertThatThrownBy(
            () ->
                ProcConnectorMessages.decode(
                    ByteBuffer.wrap(shortPayload).order(ByteOrder.LITTLE_ENDIAN), 76))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("cn_msg.len says 8");
  }

  @Test
  void otherConnectorsAreSkipped() {
    byte[] b = HexFormat.of().parseHex(FORK_31201);
    b[16] = 2; // cn_msg.id.idx = 2: not CN_IDX_PROC
    assertThat(ProcConnectorMessages.decode(ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN), 76))
        .isEmpty();
  }

  @Test
  void listenRequestIsWhatTheKernelExpects() {
    // The request the recording program sent: NLMSG_LENGTH(sizeof(struct cn_msg) + 4) = 40 bytes,
    // NLMSG_DONE, CN_IDX_PROC/CN_VAL_PROC, cn_msg.len 4, then PROC_CN_MCAST_LISTEN = 1.
    assertThat(HexFormat.of().formatHex(ProcConnectorMessages.mcastRequest(1)))
        .isEqualTo(
            "2800000003000000000000000000000001000000010000000000000000000000040000000100"
                + "0000");
  }
}
