package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.spi.InetText;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected texts are what glibc's inet_ntop (and so Python's socket.inet_ntop) prints. */
class InetNtopTest {

  @ParameterizedTest
  @CsvSource({
    "00000000000000000000000000000000, ::",
    "00000000000000000000000000000001, ::1",
    "00010000000000000000000000000000, 1::",
    "fe800000000000000000000000000001, fe80::1",
    "20010db8000000000001000000000001, 2001:db8::1:0:0:1",
    "20010db8000100000000000100000001, 2001:db8:1::1:0:1",
    "20010db8000000010001000100010001, 2001:db8:0:1:1:1:1:1",
    "20010db8000000000000000100000000, 2001:db8::1:0:0",
    "00000000000000000000ffff7f000001, ::ffff:127.0.0.1",
    "000000000000000000000000c0000201, ::192.0.2.1",
    "00000000000000000000000000010002, ::0.1.0.2",
    "0000000000000000ffff00007f000001, ::ffff:0:7f00:1",
    "00000000000000000000fffe7f000001, ::fffe:7f00:1",
    "abcd00ef000000000000000000000000, abcd:ef::",
    "ffffffffffffffffffffffffffffffff, ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
  })
  void ipv6LikeGlibc(String hex, String expected) {
    assertThat(InetText.ipv6(HexFormat.of().parseHex(hex), 0)).isEqualTo(expected);
  }

  @Test
  void ipv4() {
    assertThat(InetText.ipv4(new byte[] {9, (byte) 192, 0, 2, (byte) 255}, 1))
        .isEqualTo("192.0.2.255");
  }

  @Test
  void everyTextParsesBackToTheSameBytes() throws Exception {
    Random r = new Random(42);
    for (int i = 0; i < 5000; i++) {
      byte[] a = new byte[16];
      for (int w = 0; w < 8; w++) {
        if (r.nextInt(3) != 0) {
          a[2 * w] = (byte) r.nextInt(4);
          a[2 * w + 1] = (byte) r.nextInt(256);
        }
      }
      String text = InetText.ipv6(a, 0);
      assertThat(InetAddress.getByName(text).getAddress()).as(text).hasSize(16).isEqualTo(a);
      assertThat(text).doesNotContain(":::").doesNotMatch(".*::.*::.*");
    }
  }

  /** glibc itself, through Python's socket.inet_ntop, on addresses rich in zero runs. */
  @Test
  @EnabledIf("hasPython")
  void sameTextAsGlibcForRandomAddresses() throws Exception {
    Random r = new Random(7);
    List<byte[]> addresses = new ArrayList<>();
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      byte[] a = new byte[16];
      for (int w = 0; w < 8; w++) {
        int kind = r.nextInt(4);
        int v = kind == 0 ? r.nextInt(0x10000) : kind == 1 ? 0xffff : 0;
        if (w < 5 && r.nextBoolean()) {
          v = 0;
        }
        a[2 * w] = (byte) (v >> 8);
        a[2 * w + 1] = (byte) v;
      }
      addresses.add(a);
      input.append(HexFormat.of().formatHex(a)).append('\n');
    }
    Process p =
        new ProcessBuilder(
                "python3",
                "-c",
                "import socket,sys\n"
                    + "for l in sys.stdin: print(socket.inet_ntop(socket.AF_INET6,"
                    + " bytes.fromhex(l.strip())))")
            .redirectErrorStream(true)
            .start();
    try (var out = p.getOutputStream()) {
      out.write(input.toString().getBytes(StandardCharsets.US_ASCII));
    }
    List<String> glibc;
    try (var in = p.getInputStream()) {
      glibc = new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().toList();
    }
    assertThat(p.waitFor()).isZero();
    assertThat(glibc).hasSize(addresses.size());
    for (int i = 0; i < addresses.size(); i++) {
      assertThat(InetText.ipv6(addresses.get(i), 0))
          .as(HexFormat.of().formatHex(addresses.get(i)))
          .isEqualTo(glibc.get(i));
    }
  }

  static boolean hasPython() {
    try {
      return new ProcessBuilder("python3", "-c", "import socket").start().waitFor() == 0;
    } catch (Exception e) {
      return false;
    }
  }

  @Test
  void tooFewBytesIsAnError() {
    assertThatThrownBy(() -> InetText.ipv6(new byte[16], 1))
        .isInstanceOf(MalformedDataException.class);
    assertThatThrownBy(() -> InetText.ipv4(new byte[3], 0))
        .isInstanceOf(MalformedDataException.class);
  }
}
