package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

class SurrogateEscapeTest {
  @Test
  void validUtf8DecodesNormally() {
    String s = "ascii é € 𝄞 日本";
    assertThat(SurrogateEscape.decode(s.getBytes(StandardCharsets.UTF_8))).isEqualTo(s);
  }

  @Test
  void eachInvalidByteBecomesOneEscapeCharacter() {
    // lone continuation, overlong '/', encoded surrogate, above U+10FFFF, cut 4-byte sequence
    byte[] b = {
      (byte) 0x80,
      (byte) 0xC0,
      (byte) 0xAF,
      (byte) 0xED,
      (byte) 0xA0,
      (byte) 0x80,
      (byte) 0xF4,
      (byte) 0x90,
      (byte) 0x80,
      (byte) 0x80,
      (byte) 0xF0,
      (byte) 0x9F,
      (byte) 0x98
    };
    assertThat(SurrogateEscape.decode(b))
        .isEqualTo(
            "\udc80\udcc0\udcaf\udced\udca0\udc80\udcf4\udc90\udc80\udc80\udcf0\udc9f\udc98");
    assertThat(SurrogateEscape.encode(SurrogateEscape.decode(b))).isEqualTo(b);
  }

  @Test
  void roundTripsEveryRandomByteString() {
    Random rnd = new Random(628);
    for (int i = 0; i < 20_000; i++) {
      byte[] b = randomBytes(rnd);
      assertThat(SurrogateEscape.encode(SurrogateEscape.decode(b))).isEqualTo(b);
    }
  }

  @Test
  void encodeRejectsAStringThatDidNotComeFromDecode() {
    assertThatThrownBy(() -> SurrogateEscape.encode("\ud800x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static boolean hasPython() {
    return Files.isExecutable(Path.of("/usr/bin/python3"));
  }

  /** Python's own surrogateescape is the reference: the strings must be identical. */
  @Test
  @EnabledIf("hasPython")
  void agreesWithPythonSurrogateescape(@TempDir Path tmp) throws Exception {
    Random rnd = new Random(1179);
    List<byte[]> samples = new ArrayList<>();
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      byte[] b = randomBytes(rnd);
      samples.add(b);
      for (byte x : b) {
        hex.append(String.format("%02x", x & 0xff));
      }
      hex.append('\n');
    }
    Path in = tmp.resolve("in.txt");
    Files.writeString(in, hex);
    String script =
        "import sys\n"
            + "for line in open(sys.argv[1]):\n"
            + "    s = bytes.fromhex(line.strip()).decode('utf-8', 'surrogateescape')\n"
            + "    print(' '.join('%x' % ord(c) for c in s))\n";
    Process p = new ProcessBuilder("/usr/bin/python3", "-c", script, in.toString()).start();
    List<String> lines =
        new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).lines().toList();
    assertThat(p.waitFor()).isZero();
    assertThat(lines).hasSize(samples.size());
    for (int i = 0; i < samples.size(); i++) {
      String ours = SurrogateEscape.decode(samples.get(i));
      StringBuilder cps = new StringBuilder();
      ours.codePoints()
          .forEach(c -> cps.append(cps.length() == 0 ? "" : " ").append(Integer.toHexString(c)));
      assertThat(cps.toString()).as("sample %d", i).isEqualTo(lines.get(i));
    }
  }

  /** Mostly UTF-8-looking bytes with random damage, so both paths are exercised. */
  private static byte[] randomBytes(Random rnd) {
    int n = rnd.nextInt(24);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.appendCodePoint(
          rnd.nextInt(4) == 0 ? 0x80 + rnd.nextInt(0x10000) : 0x20 + rnd.nextInt(0x60));
    }
    byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
    for (int k = rnd.nextInt(4); k > 0 && b.length > 0; k--) {
      b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
    }
    return b;
  }
}
