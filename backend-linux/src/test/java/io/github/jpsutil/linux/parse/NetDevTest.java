package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.NetIoCounters;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetDevTest {
  private static final String HEADER =
      """
      Inter-|   Receive                                                |  Transmit
       face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed
      """;

  @Test
  void mapsColumnsToPsutilFieldsInFileOrder() {
    String text =
        HEADER
            + """
                  lo:    3193      29    0    0    0     0          0         0     3193      29    0    0    0     0       0          0
                eth0: 42962191    1522    3    4    5     6          7         8   185682    1339   11   12   13    14      15         16
            """;
    Map<String, NetIoCounters> m = NetDev.parse(text);
    assertThat(m.keySet()).containsExactly("lo", "eth0");
    assertThat(m.get("eth0"))
        .isEqualTo(new NetIoCounters(185682, 42962191, 1339, 1522, 3, 11, 4, 12));
    assertThat(m.get("lo")).isEqualTo(new NetIoCounters(3193, 3193, 29, 29, 0, 0, 0, 0));
  }

  @Test
  void counterGluedToTheColonOfOldKernels() {
    String text = HEADER + "  eth0:1234567890 7 0 0 0 0 0 0 99 8 0 0 0 0 0 0\n";
    assertThat(NetDev.parse(text).get("eth0").bytesRecv()).isEqualTo(1234567890L);
  }

  @Test
  void largeCountersBeyondIntAndNamesWithDashesAndDots() {
    long big = 9_000_000_000_000_000_000L;
    String text = HEADER + " br-1.2: " + big + " 1 0 0 0 0 0 0 " + big + " 2 0 0 0 0 0 0\n";
    NetIoCounters c = NetDev.parse(text).get("br-1.2");
    assertThat(c.bytesRecv()).isEqualTo(big);
    assertThat(c.bytesSent()).isEqualTo(big);
  }

  @Test
  void extraColumnsAreIgnoredAndBlankLinesSkipped() {
    String text = HEADER + "eth0: 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17\n\n";
    assertThat(NetDev.parse(text).get("eth0"))
        .isEqualTo(new NetIoCounters(9, 1, 10, 2, 3, 11, 4, 12));
  }

  @Test
  void headersOnlyGiveNoInterfaces() {
    assertThat(NetDev.parse(HEADER)).isEmpty();
    assertThat(NetDev.parse("")).isEmpty();
  }

  @Test
  void missingCounterIsAnErrorNamingTheFileAndLine() {
    assertThatThrownBy(() -> NetDev.parse(HEADER + "eth0: 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15\n"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("/proc/net/dev")
        .hasMessageContaining("missing field 'tx compressed'")
        .hasMessageContaining("eth0: 1 2 3");
  }

  @Test
  void nonNumericNegativeAndOverflowingCountersAreErrors() {
    String tail = " 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n";
    assertThatThrownBy(() -> NetDev.parse(HEADER + "eth0: x1" + tail))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("is not a number");
    assertThatThrownBy(() -> NetDev.parse(HEADER + "eth0: -1" + tail))
        .isInstanceOf(MalformedDataException.class);
    assertThatThrownBy(() -> NetDev.parse(HEADER + "eth0: 18446744073709551615" + tail))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("exceeds 2^63-1");
  }

  @Test
  void lineWithoutColonIsAnError() {
    assertThatThrownBy(() -> NetDev.parse(HEADER + "eth0 1 2 3\n"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("no ':'");
  }
}
