package io.github.jpsutil.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Expected texts are what glibc's {@code inet_ntop(AF_INET6)} (BIND's {@code inet_ntop6}, as in
 * FreeBSD libc and illumos libsocket) printed for the same bytes on this project's Linux build host
 * (Python's {@code socket.inet_ntop}), and follow RFC 5952 section 4.
 */
class InetTextTest {
  @Test
  void ipv6AsBindsInetNtop6() {
    Map<String, String> cases = new LinkedHashMap<>();
    cases.put("00000000000000000000000000000000", "::");
    cases.put("00000000000000000000000000000001", "::1");
    cases.put("00000000000000000000000000000002", "::2"); // a 7-group run is never dotted
    cases.put("20010db8000000000001000000000001", "2001:db8::1:0:0:1"); // first of equal runs
    cases.put("00010000000200030004000500060007", "1:0:2:3:4:5:6:7"); // one zero group
    cases.put("20010db8000000010001000100010001", "2001:db8:0:1:1:1:1:1");
    cases.put("00000000000000000000ffffc0000201", "::ffff:192.0.2.1");
    cases.put("000000000000000000000000c0000201", "::192.0.2.1");
    cases.put("00000000000000000000fffec0000201", "::fffe:c000:201");
    cases.put("20010db8000000000000000000000000", "2001:db8::");
    cases.put("10000000000000000000000000000000", "1000::");
    cases.put("fe8000000000000002144ffffe012345", "fe80::214:4fff:fe01:2345");
    cases.put("20010DB800000000000000000000ABCD", "2001:db8::abcd");
    cases.forEach(
        (hex, text) ->
            assertThat(InetText.of(HexFormat.of().parseHex(hex))).as(hex).isEqualTo(text));
  }

  @Test
  void ipv4AndOffsets() {
    byte[] b = {9, (byte) 192, (byte) 168, 7, (byte) 255};
    assertThat(InetText.ipv4(b, 1)).isEqualTo("192.168.7.255");
    assertThat(InetText.of(new byte[] {127, 0, 0, 1})).isEqualTo("127.0.0.1");
    byte[] v6 = new byte[20];
    v6[19] = 1;
    assertThat(InetText.ipv6(v6, 4)).isEqualTo("::1");
  }

  @Test
  void otherLengthsAreRejected() {
    assertThatThrownBy(() -> InetText.of(new byte[5]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("4 or 16 bytes, not 5");
  }
}
