package io.github.jpsutil.cli.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jpsutil.cli.testing.JsonParser;
import io.github.jpsutil.cli.testing.Python;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
  private static final JsonWriter COMPACT = new JsonWriter(0);

  private static String str(String s) {
    return COMPACT.write(s);
  }

  @Test
  void escapesQuotesBackslashesAndTheShortControlEscapes() {
    assertThat(str("a\"b\\c/d")).isEqualTo("\"a\\\"b\\\\c/d\"");
    assertThat(str("\n\r\t\b\f")).isEqualTo("\"\\n\\r\\t\\b\\f\"");
  }

  @Test
  void escapesEveryOtherControlCharacterAndDelAsUnicode() {
    assertThat(str("\u0000")).isEqualTo("\"\\u0000\"");
    assertThat(str("\u0001\u001f")).isEqualTo("\"\\u0001\\u001f\"");
    assertThat(str("\u000b")).isEqualTo("\"\\u000b\"");
    assertThat(str("\u007f")).isEqualTo("\"\\u007f\"");
    for (char c = 0; c < 0x20; c++) {
      String out = str(String.valueOf(c));
      assertThat(out.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7f))
          .as("char %d", (int) c)
          .isTrue();
      assertThat(JsonParser.parse(out)).isEqualTo(String.valueOf(c));
    }
  }

  @Test
  void writesNonAsciiAsEscapesIncludingSurrogatePairsOutsideTheBmp() {
    assertThat(str("°C")).isEqualTo("\"\\u00b0C\"");
    assertThat(str("日本")).isEqualTo("\"\\u65e5\\u672c\"");
    assertThat(str("😀")).isEqualTo("\"\\ud83d\\ude00\""); // U+1F600
    assertThat(str("\u2028")).isEqualTo("\"\\u2028\"");
    assertThat(JsonParser.parse(str("x😀y"))).isEqualTo("x😀y");
  }

  @Test
  void keepsLoneSurrogatesAsEscapesInsteadOfReplacingThem() {
    // A Linux file name that is not valid UTF-8 can reach Java as a lone surrogate.
    assertThat(str("a\ud800b")).isEqualTo("\"a\\ud800b\"");
    assertThat(str("\udfff")).isEqualTo("\"\\udfff\"");
  }

  @Test
  void writesIntegersExactly() {
    assertThat(COMPACT.write(0)).isEqualTo("0");
    assertThat(COMPACT.write(-7)).isEqualTo("-7");
    assertThat(COMPACT.write(Long.MAX_VALUE)).isEqualTo("9223372036854775807");
    assertThat(COMPACT.write(Long.MIN_VALUE)).isEqualTo("-9223372036854775808");
    assertThat(COMPACT.write((short) 3)).isEqualTo("3");
    assertThat(COMPACT.write((byte) -1)).isEqualTo("-1");
    assertThat(COMPACT.write(new BigInteger("18446744073709551615")))
        .isEqualTo("18446744073709551615");
    assertThat(COMPACT.write(new BigDecimal("12.50"))).isEqualTo("12.50");
  }

  @Test
  void writesDoublesWithoutExponentNoiseAndKeepsTheirFloatness() {
    assertThat(COMPACT.write(10125520384.0)).isEqualTo("10125520384.0");
    assertThat(COMPACT.write(1.7000000005e9)).isEqualTo("1700000000.5");
    assertThat(COMPACT.write(49.0)).isEqualTo("49.0");
    assertThat(COMPACT.write(0.1)).isEqualTo("0.1");
    assertThat(COMPACT.write(-0.0)).isEqualTo("-0.0");
    assertThat(COMPACT.write(1e-7)).isEqualTo("1e-07");
    assertThat(COMPACT.write(1e300)).isEqualTo("1e+300");
    assertThat(COMPACT.write(0.1f)).isEqualTo("0.1");
    assertThat(JsonParser.parse(COMPACT.write(1e300))).isEqualTo(1e300);
  }

  @Test
  void writesNonFiniteDoublesAsNull() {
    assertThat(
            COMPACT.write(List.of(Double.NaN, Double.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY)))
        .isEqualTo("[null,null,null]");
  }

  @Test
  void writesBooleansNullAndEmptyOptionalsAsNull() {
    assertThat(COMPACT.write(null)).isEqualTo("null");
    assertThat(COMPACT.write(true)).isEqualTo("true");
    assertThat(
            COMPACT.write(
                Arrays.asList(
                    Optional.empty(),
                    OptionalInt.empty(),
                    OptionalLong.empty(),
                    OptionalDouble.empty(),
                    null)))
        .isEqualTo("[null,null,null,null,null]");
    assertThat(
            COMPACT.write(
                List.of(
                    Optional.of("x"),
                    OptionalInt.of(3),
                    OptionalLong.of(4),
                    OptionalDouble.of(2.5),
                    Optional.of(Optional.of(false)))))
        .isEqualTo("[\"x\",3,4,2.5,false]");
  }

  @Test
  void keepsMapOrderAndNestsCompactly() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("z", 1);
    inner.put("a", List.of());
    Map<String, Object> outer = new LinkedHashMap<>();
    outer.put("b", inner);
    outer.put("a", Map.of());
    outer.put("list", List.of(List.of(1, 2), Map.of("k", "v")));
    assertThat(COMPACT.write(outer))
        .isEqualTo("{\"b\":{\"z\":1,\"a\":[]},\"a\":{},\"list\":[[1,2],{\"k\":\"v\"}]}");
  }

  @Test
  void indentsNestedContainers() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("a", 1);
    m.put("b", List.of(true, Map.of("c", "d")));
    m.put("e", List.of());
    assertThat(new JsonWriter(2).write(m))
        .isEqualTo(
            String.join(
                "\n",
                "{",
                "  \"a\": 1,",
                "  \"b\": [",
                "    true,",
                "    {",
                "      \"c\": \"d\"",
                "    }",
                "  ],",
                "  \"e\": []",
                "}"));
  }

  @Test
  void escapesKeysToo() {
    assertThat(COMPACT.write(Map.of("k\"\u0001", 1))).isEqualTo("{\"k\\\"\\u0001\":1}");
  }

  @Test
  void rejectsWhatJsonCannotHold() {
    assertThatThrownBy(() -> COMPACT.write(new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Object");
    assertThatThrownBy(() -> COMPACT.write(Map.of(1, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("keys must be strings");
    assertThatThrownBy(() -> COMPACT.write(Thread.State.NEW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> COMPACT.write(new java.util.concurrent.atomic.AtomicLong()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new JsonWriter(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void roundTripsRandomTreesThroughTheIndependentParser() {
    SplittableRandom r = new SplittableRandom(1);
    for (int n = 0; n < 500; n++) {
      Object tree = randomTree(r, 0);
      assertThat(JsonParser.parse(new JsonWriter(n % 3).write(tree))).isEqualTo(tree);
    }
  }

  /**
   * Python's json module is the reference: for random strings (control characters, non-BMP, lone
   * surrogates) and numbers, {@code json.dumps(json.loads(ours), separators=(',', ':'))} must give
   * back exactly our compact output, i.e. we escape as Python's ensure_ascii does.
   */
  @Test
  void agreesWithPythonJsonByteForByte() throws Exception {
    assumeTrue(Python.available(), "python3 is needed as the reference");
    SplittableRandom r = new SplittableRandom(3);
    List<String> lines = new ArrayList<>();
    for (int n = 0; n < 300; n++) {
      lines.add(COMPACT.write(randomTree(r, 0)));
    }
    String input = String.join("\n", lines) + "\n";
    String python =
        Python.run(
            "import sys, json\n"
                + "for l in sys.stdin.read().split('\\n')[:-1]:\n"
                + " print(json.dumps(json.loads(l), separators=(',', ':')))",
            input);
    assertThat(python).isEqualTo(input);
  }

  private static Object randomTree(SplittableRandom r, int depth) {
    int kind = depth > 3 ? r.nextInt(4) : r.nextInt(7);
    switch (kind) {
      case 0:
        return randomString(r);
      case 1:
        return r.nextLong(-1L << 53, 1L << 53);
      case 2:
        double d = Double.longBitsToDouble(r.nextLong());
        return Double.isFinite(d) ? d : 0.5;
      case 3:
        return r.nextBoolean() ? Boolean.TRUE : null;
      case 4:
      case 5:
        Map<String, Object> m = new TreeMap<>();
        for (int i = r.nextInt(4); i > 0; i--) {
          m.put(randomString(r), randomTree(r, depth + 1));
        }
        return new LinkedHashMap<>(m);
      default:
        List<Object> l = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
          l.add(randomTree(r, depth + 1));
        }
        return l;
    }
  }

  private static String randomString(SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    for (int i = r.nextInt(12); i > 0; i--) {
      switch (r.nextInt(6)) {
        case 0 -> sb.append((char) r.nextInt(0x20)); // control
        case 1 -> sb.append((char) r.nextInt(0x20, 0x80)); // printable ASCII and DEL
        case 2 -> sb.append((char) r.nextInt(0x80, 0xd800)); // BMP
        case 3 -> sb.appendCodePoint(r.nextInt(0x10000, 0x110000)); // non-BMP: a pair
        case 4 -> sb.append((char) r.nextInt(0xd800, 0xe000)); // lone surrogate
        default -> sb.append("\"\\/");
      }
    }
    return sb.toString();
  }
}
