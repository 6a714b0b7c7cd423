package io.github.jpsutil.freebsd;

import static io.github.jpsutil.freebsd.layout.TableStructs.concat;
import static io.github.jpsutil.freebsd.layout.TableStructs.ifinfo;
import static io.github.jpsutil.freebsd.layout.TableStructs.le;
import static io.github.jpsutil.freebsd.layout.TableStructs.newaddr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.NetIoCounters;
import io.github.jpsutil.freebsd.acquire.RecordedKernel;
import io.github.jpsutil.freebsd.acquire.RecordedKernel.Answer;
import io.github.jpsutil.freebsd.acquire.Sysctls;
import io.github.jpsutil.posix.PosixUserDirectory;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** net_io_counters from NET_RT_IFLIST over a fake kernel. */
class FreeBsdNetworkOverRecordedKernelTest {
  // sys/socket.h CTL_NET 4, PF_ROUTE 17; net/route.h NET_RT_IFLIST 3.
  private static final int[] IFLIST = {4, 17, 0, 0, 3, 0};

  private static Map<String, NetIoCounters> counters(Answer... answers) {
    RecordedKernel k =
        new RecordedKernel().answer("hw.pagesize", le(4).putInt(0, 4096)).answer(IFLIST, answers);
    return FreeBsdBackend.over(new Sysctls(k), new PosixUserDirectory()).network().ioCounters();
  }

  @Test
  void oneEntryPerInterfaceInfoMessageWithoutUsbus() {
    Map<String, NetIoCounters> got =
        counters(
            Answer.of(
                concat(ifinfo("em0", 1000), newaddr(64), ifinfo("usbus0", 5), ifinfo("lo0", 10))));
    // base + 0 ibytes, +1 obytes, +2 ipackets, +3 opackets, +4 ierrors, +5 oerrors, +6 iqdrops,
    // +7 oqdrops; NetIoCounters is (sent bytes, recv bytes, sent packets, recv packets, errin,
    // errout, dropin, dropout).
    assertThat(got)
        .containsExactly(
            Map.entry("em0", new NetIoCounters(1001, 1000, 1003, 1002, 1004, 1005, 1006, 1007)),
            Map.entry("lo0", new NetIoCounters(11, 10, 13, 12, 14, 15, 16, 17)));
  }

  @Test
  void aListThatGrowsIsReadAgainAndABrokenOneIsMalformed() {
    Answer two = Answer.of(concat(ifinfo("em0", 1), ifinfo("lo0", 2)));
    Answer grown =
        Answer.of(
            concat(
                ifinfo("em0", 1),
                ifinfo("lo0", 2),
                ifinfo("tap0", 3),
                ifinfo("tap1", 3),
                ifinfo("tap2", 3)));
    assertThat(counters(two, grown, grown, grown)).hasSize(5);
    assertThatThrownBy(() -> counters(Answer.of(ifinfo("em0", 1).putShort(0, (short) 9000))))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("ifm_msglen is 9000");
  }
}
