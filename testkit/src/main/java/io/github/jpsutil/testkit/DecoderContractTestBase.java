package io.github.jpsutil.testkit;

import io.github.jpsutil.api.MalformedDataException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Bad OS data is reported one way. Each decoder a backend lists ({@link DecoderCase}) is fed its
 * valid sample, which must decode, then every truncation of it (each prefix length, or every n-th
 * for big samples), mutated copies of it (1–4 bytes or characters replaced, a line dropped) and
 * seeded random garbage; each input must either decode or raise {@link MalformedDataException} —
 * never IndexOutOfBounds, BufferUnderflow, NumberFormat or any other exception.
 *
 * <p>The seed is fixed (override with {@code -Djpsutil.decoder.seed=N}) so a failure repeats; the
 * failure message shows the input.
 */
public abstract class DecoderContractTestBase {
  /** For subclasses: the backend's own test class. */
  protected DecoderContractTestBase() {}

  private static final long DEFAULT_SEED = 0x6a70737574696cL; // "jpsutil"
  private static final int MUTATIONS = 300;
  private static final int GARBAGE = 100;

  /** Characters that steer text parsers into their branches: digits, signs, separators. */
  private static final String TEXT_POOL = "0123456789 -+:.,()\t\nxyzABC\u0000\u00e9/";

  /** The decoders under test. */
  protected abstract List<DecoderCase> decoders();

  @TestFactory
  public Stream<DynamicTest> everyInputDecodesOrIsMalformedData() {
    long seed = Long.getLong("jpsutil.decoder.seed", DEFAULT_SEED);
    return decoders().stream()
        .map(d -> DynamicTest.dynamicTest(d.toString(), () -> check(d, seed)));
  }

  static void check(DecoderCase d, long seed) {
    byte[] sample = d.sample();
    try {
      d.decode(sample);
    } catch (RuntimeException e) {
      throw new AssertionError(d.name() + ": the valid sample does not decode", e);
    }
    for (byte[] input : inputs(d, new Random(seed ^ d.name().hashCode()))) {
      try {
        d.decode(input);
      } catch (MalformedDataException expected) {
        // the one documented way to say "bad data"
      } catch (RuntimeException e) {
        throw new AssertionError(
            d.name()
                + " raised "
                + e
                + " (not MalformedDataException; seed "
                + seed
                + ") for "
                + d.show(input),
            e);
      }
    }
  }

  /** Truncations, mutations and garbage, in that order. */
  static List<byte[]> inputs(DecoderCase d, Random random) {
    byte[] sample = d.sample();
    List<byte[]> out = new ArrayList<>();
    int step = d.truncationStep();
    for (int len = 0; len < sample.length; len++) {
      if (len % step == 0 || len >= sample.length - 8) {
        out.add(Arrays.copyOf(sample, len));
      }
    }
    if (d.isText()) {
      String text = new String(sample, StandardCharsets.UTF_8);
      for (int i = 0; i < MUTATIONS; i++) {
        out.add(mutateText(text, random).getBytes(StandardCharsets.UTF_8));
      }
      for (int i = 0; i < GARBAGE; i++) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(Math.max(2, text.length() * 2));
        for (int k = 0; k < n; k++) {
          b.append(TEXT_POOL.charAt(random.nextInt(TEXT_POOL.length())));
        }
        out.add(b.toString().getBytes(StandardCharsets.UTF_8));
      }
    } else {
      for (int i = 0; i < MUTATIONS; i++) {
        byte[] m = sample.clone();
        if (m.length > 0) {
          for (int k = 1 + random.nextInt(4); k > 0; k--) {
            m[random.nextInt(m.length)] = interestingByte(random);
          }
        }
        out.add(m);
      }
      for (int i = 0; i < GARBAGE; i++) {
        byte[] g = new byte[random.nextInt(Math.max(2, sample.length * 2))];
        random.nextBytes(g);
        out.add(g);
      }
    }
    return out;
  }

  private static String mutateText(String text, Random random) {
    if (text.isEmpty()) {
      return String.valueOf(TEXT_POOL.charAt(random.nextInt(TEXT_POOL.length())));
    }
    if (random.nextInt(5) == 0) {
      // Drop one line: a kernel file missing a row its parser looks up.
      List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
      lines.remove(random.nextInt(lines.size()));
      return String.join("\n", lines);
    }
    char[] c = text.toCharArray();
    for (int k = 1 + random.nextInt(4); k > 0; k--) {
      c[random.nextInt(c.length)] = TEXT_POOL.charAt(random.nextInt(TEXT_POOL.length()));
    }
    return new String(c);
  }

  /** Mostly the bytes that break length and count fields: 0, 0xff, 0x7f, 0x80, or any. */
  private static byte interestingByte(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> 0;
      case 1 -> (byte) 0xff;
      case 2 -> 0x7f;
      case 3 -> (byte) 0x80;
      default -> (byte) random.nextInt(256);
    };
  }
}
