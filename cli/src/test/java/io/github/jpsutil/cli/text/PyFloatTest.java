package io.github.jpsutil.cli.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jpsutil.cli.testing.Python;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PyFloatTest {

  @ParameterizedTest
  @CsvSource({
    "0.0, 0.0",
    "-0.0, -0.0",
    "1.0, 1.0",
    "49.5, 49.5",
    "0.1, 0.1",
    "0.0001, 0.0001",
    "0.00001, 1e-05",
    "0.000012345, 1.2345e-05",
    "1700000000.25, 1700000000.25",
    "10125520384.0, 10125520384.0",
    "1234567890123456.0, 1234567890123456.0",
    "1e16, 1e+16",
    "1.5e16, 1.5e+16",
    "1e22, 1e+22",
    "-2.5e-7, -2.5e-07",
    "1.7976931348623157e308, 1.7976931348623157e+308",
    "4.9e-324, 5e-324",
    "666972920135313.25, 666972920135313.2",
    "2864233581053.53125, 2864233581053.5312",
  })
  void matchesPythonReprForKnownValues(double value, String expected) {
    assertThat(PyFloat.repr(value)).isEqualTo(expected);
  }

  @Test
  void nonFiniteValuesUsePythonSpelling() {
    assertThat(PyFloat.repr(Double.NaN)).isEqualTo("nan");
    assertThat(PyFloat.repr(Double.POSITIVE_INFINITY)).isEqualTo("inf");
    assertThat(PyFloat.repr(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
  }

  @Test
  void roundTripsForRandomDoubles() {
    SplittableRandom r = new SplittableRandom(42);
    for (int n = 0; n < 20_000; n++) {
      double d = Double.longBitsToDouble(r.nextLong());
      if (Double.isFinite(d)) {
        assertThat(Double.parseDouble(PyFloat.repr(d))).isEqualTo(d);
      }
    }
  }

  /**
   * The fast path (no BigDecimal) must give exactly what the exact search gives, wherever it
   * answers: psutil-like values (CPU seconds in 1/100 s, epoch seconds in 1/100 s, percentages,
   * byte counts), values just around powers of ten and two, and random doubles in its range.
   */
  @Test
  void fastPathAgreesWithTheExactSearch() {
    SplittableRandom r = new SplittableRandom(11);
    List<Double> common = new ArrayList<>();
    List<Double> others = new ArrayList<>();
    for (int n = 0; n < 200_000; n++) {
      common.add(r.nextLong(1, 100_000_000) / 100.0); // CPU seconds
      common.add(1.7e9 + r.nextLong(0, 10_000_000) / 100.0); // epoch seconds
      common.add(r.nextLong(1, 1L << 40) * 4096.0); // bytes
      others.add(r.nextDouble() * 100); // a percentage
      others.add(Math.pow(10, r.nextDouble() * 19.6 - 4)); // anything in range
      double edge = Math.pow(10, r.nextInt(-4, 16));
      others.add(Math.nextUp(edge));
      others.add(Math.nextDown(edge));
      double two = Math.scalb(1.0, r.nextInt(-13, 53));
      others.add(Math.nextUp(two));
      others.add(Math.nextDown(two));
      others.add(Double.longBitsToDouble(r.nextLong() >>> 2));
    }
    for (double d : common) {
      // The values ps and snapshot print most must take the fast path, or it is no fast path.
      assertThat(PyFloat.fewPlaces(d)).as("%s", d).isEqualTo(PyFloat.exactRepr(d));
    }
    for (double d : others) {
      String fast = PyFloat.fewPlaces(d);
      if (fast != null) {
        assertThat(fast).as("%s", Double.toHexString(d)).isEqualTo(PyFloat.exactRepr(d));
      }
    }
  }

  /**
   * Python itself is the reference: random bit patterns and psutil-like magnitudes (percentages,
   * epoch seconds, byte counts) must print exactly as {@code repr(float)} prints them.
   */
  @Test
  void agreesWithPython3Repr() throws Exception {
    assumeTrue(Python.available(), "python3 is needed as the reference");
    SplittableRandom r = new SplittableRandom(7);
    List<Double> values = new ArrayList<>();
    for (int n = 0; n < 3000; n++) {
      double d = Double.longBitsToDouble(r.nextLong());
      if (Double.isFinite(d)) {
        values.add(d);
      }
      values.add(Math.round(r.nextDouble() * 1000) / 10.0); // a percentage
      values.add(1.7e9 + r.nextDouble() * 1e8); // epoch seconds
      values.add(r.nextDouble() * Math.pow(10, r.nextInt(-12, 24)));
    }
    StringBuilder in = new StringBuilder();
    StringBuilder expected = new StringBuilder();
    for (double d : values) {
      in.append(Double.toHexString(d)).append('\n');
      expected.append(PyFloat.repr(d)).append('\n');
    }
    String python =
        Python.run(
            "import sys\nfor l in sys.stdin.read().split():\n print(repr(float.fromhex(l)))",
            in.toString());
    assertThat(python).isEqualTo(expected.toString());
  }
}
