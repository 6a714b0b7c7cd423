package io.github.jpsutil.testkit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;

/**
 * One decoder under {@link DecoderContractTestBase}: a function from raw OS data to a value, and
 * one valid sample of that data. Inputs are bytes underneath; {@link #text} and {@link #buffer}
 * adapt decoders of {@code String} and {@code ByteBuffer}.
 */
public final class DecoderCase {
  private final String name;
  private final byte[] sample;
  private final boolean isText;
  private final Function<byte[], ?> decode;
  private final int truncationStep;

  private DecoderCase(
      String name, byte[] sample, boolean isText, Function<byte[], ?> decode, int step) {
    this.name = Objects.requireNonNull(name, "name");
    this.sample = sample.clone();
    this.isText = isText;
    this.decode = Objects.requireNonNull(decode, "decode");
    if (step < 1) {
      throw new IllegalArgumentException(name + ": truncation step must be >= 1, got " + step);
    }
    this.truncationStep = step;
  }

  /** A decoder of a byte array; it gets a fresh copy of each input. */
  public static DecoderCase bytes(String name, byte[] sample, Function<byte[], ?> decode) {
    return new DecoderCase(name, sample, false, b -> decode.apply(b.clone()), 1);
  }

  /**
   * A decoder of a {@code ByteBuffer}: each input is wrapped fresh (position 0, big-endian, as
   * {@link ByteBuffer#wrap} makes it), so the decoder must set the byte order it needs.
   */
  public static DecoderCase buffer(String name, byte[] sample, Function<ByteBuffer, ?> decode) {
    return new DecoderCase(name, sample, false, b -> decode.apply(ByteBuffer.wrap(b.clone())), 1);
  }

  /** A decoder of text (a kernel file's contents); inputs are UTF-8. */
  public static DecoderCase text(String name, String sample, Function<String, ?> decode) {
    return new DecoderCase(
        name,
        sample.getBytes(StandardCharsets.UTF_8),
        true,
        b -> decode.apply(new String(b, StandardCharsets.UTF_8)),
        1);
  }

  /**
   * The same decoder fed only every {@code step}-th truncation (plus the last few), for samples so
   * big that every prefix would take long.
   */
  public DecoderCase everyNthTruncation(int step) {
    return new DecoderCase(name, sample, isText, decode, step);
  }

  public String name() {
    return name;
  }

  byte[] sample() {
    return sample.clone();
  }

  boolean isText() {
    return isText;
  }

  int truncationStep() {
    return truncationStep;
  }

  Object decode(byte[] input) {
    return decode.apply(input);
  }

  @Override
  public String toString() {
    return name + " (" + sample.length + "-byte sample" + (isText ? ", text" : "") + ")";
  }

  /** The input as a test message shows it: escaped text, or hex for binary. */
  String show(byte[] input) {
    if (isText) {
      String s = new String(input, StandardCharsets.UTF_8);
      StringBuilder b = new StringBuilder("\"");
      for (char c : s.toCharArray()) {
        if (c == '\n') {
          b.append("\\n");
        } else if (c < 0x20 || c == 0x7f) {
          b.append(String.format("\\u%04x", (int) c));
        } else {
          b.append(c);
        }
      }
      return b.append('"').toString();
    }
    StringBuilder b = new StringBuilder(input.length * 3);
    for (byte x : input) {
      b.append(String.format("%02x ", x & 0xff));
    }
    return input.length + " bytes: " + b.toString().trim() + " (" + Arrays.hashCode(input) + ")";
  }
}
