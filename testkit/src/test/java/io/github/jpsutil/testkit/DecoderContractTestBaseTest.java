package io.github.jpsutil.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The decoder contract accepts careful decoders and catches sloppy ones. */
class DecoderContractTestBaseTest {
  private static final String LOADAVG = "0.52 0.58 0.59 2/1094 12345\n";

  /** "a b c d e": the fourth field as a number, checked. */
  private static long careful(String s) {
    String[] f = s.trim().split(" ");
    if (f.length < 5) {
      throw new MalformedDataException("loadavg: 5 fields expected, got " + f.length);
    }
    try {
      return Long.parseLong(f[4]);
    } catch (NumberFormatException e) {
      throw new MalformedDataException("loadavg: last pid is not a number: " + f[4], e);
    }
  }

  private static long sloppy(String s) {
    return Long.parseLong(s.trim().split(" ")[4]);
  }

  @Test
  void aCarefulTextDecoderPasses() {
    assertThatCode(
            () ->
                DecoderContractTestBase.check(
                    DecoderCase.text("loadavg", LOADAVG, DecoderContractTestBaseTest::careful), 1))
        .doesNotThrowAnyException();
  }

  @Test
  void aSloppyTextDecoderFailsNamingTheException() {
    assertThatThrownBy(
            () ->
                DecoderContractTestBase.check(
                    DecoderCase.text("loadavg", LOADAVG, DecoderContractTestBaseTest::sloppy), 1))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("loadavg raised java.lang.")
        .hasMessageContaining("not MalformedDataException");
  }

  @Test
  void anUncheckedBufferReadFails() {
    byte[] sample = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(42).array();
    DecoderCase unchecked =
        DecoderCase.buffer("u64", sample, b -> b.order(ByteOrder.LITTLE_ENDIAN).getLong());
    assertThatThrownBy(() -> DecoderContractTestBase.check(unchecked, 1))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("BufferUnderflowException");
    DecoderCase checked =
        DecoderCase.buffer(
            "u64",
            sample,
            b -> {
              if (b.remaining() < 8) {
                throw new MalformedDataException("u64: 8 bytes expected, got " + b.remaining());
              }
              return b.order(ByteOrder.LITTLE_ENDIAN).getLong();
            });
    assertThatCode(() -> DecoderContractTestBase.check(checked, 1)).doesNotThrowAnyException();
  }

  @Test
  void theInputsAreEveryPrefixThenMutationsThenGarbage() {
    DecoderCase d = DecoderCase.text("loadavg", LOADAVG, DecoderContractTestBaseTest::careful);
    var inputs = DecoderContractTestBase.inputs(d, new Random(7));
    // 28 prefixes (lengths 0..27), 300 mutations, 100 garbage strings.
    assertThat(inputs).hasSize(LOADAVG.length() + 300 + 100);
    assertThat(new String(inputs.get(3))).isEqualTo("0.5");
    assertThat(DecoderContractTestBase.inputs(d.everyNthTruncation(10), new Random(7)))
        .hasSize(2 + 8 + 300 + 100); // lengths 0 and 10, then the last eight, 20..27
  }
}
