package io.github.jpsutil;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * psutil's {@code bytes2human(n, format="%(value).1f%(symbol)s")}: base 1024, symbols B K M G T P E
 * Z Y, the largest symbol whose size is at most {@code abs(n)}. Below 1 K the value is the integer
 * {@code n} itself, so 100 gives {@code "100.0B"}. The format is a Python {@code %}-format over the
 * keys {@code value} and {@code symbol}.
 */
final class Bytes2Human {
  static final String DEFAULT_FORMAT = "%(value).1f%(symbol)s";
  private static final String SYMBOLS = "BKMGTPEZY";

  private Bytes2Human() {}

  static String format(long n) {
    return format(n, DEFAULT_FORMAT);
  }

  static String format(long n, String format) {
    if (format == null) {
      throw new IllegalArgumentException("bytes2human format must not be null");
    }
    // abs(Long.MIN_VALUE) overflows to itself, which read unsigned is 2^63: the right magnitude.
    long magnitude = n < 0 ? -n : n;
    // Z (2^70) and Y (2^80) exceed any long, so the search starts at E (2^60).
    for (int i = 6; i >= 1; i--) {
      long prefix = 1L << (10 * i);
      if (Long.compareUnsigned(magnitude, prefix) >= 0) {
        // Python's float(n) / prefix: n rounded to the nearest double, then an exact division.
        double value = (double) n / prefix;
        return PythonPercentFormat.apply(format, value, String.valueOf(SYMBOLS.charAt(i)));
      }
    }
    return PythonPercentFormat.apply(format, n, "B");
  }

  /**
   * The subset of Python's printf-style {@code %} formatting that a bytes2human format needs:
   * {@code %(value)…} and {@code %(symbol)…} with the flags {@code -+ 0#}, a width, a precision and
   * the conversions {@code f F d i u s r}, plus {@code %%}. Python rounds {@code %f} correctly
   * half-to-even on the exact binary value (so {@code "%.0f" % 2.5} is {@code "2"}), which {@link
   * BigDecimal} reproduces; {@code String.format} rounds half-up. Other conversions are rejected.
   */
  static final class PythonPercentFormat {
    private PythonPercentFormat() {}

    static String apply(String format, Number value, String symbol) {
      StringBuilder out = new StringBuilder();
      int i = 0;
      while (i < format.length()) {
        char c = format.charAt(i++);
        if (c != '%') {
          out.append(c);
          continue;
        }
        if (i < format.length() && format.charAt(i) == '%') {
          out.append('%');
          i++;
          continue;
        }
        if (i >= format.length() || format.charAt(i) != '(') {
          throw bad(format, "every conversion must name a key, %(value) or %(symbol)");
        }
        int close = format.indexOf(')', i);
        if (close < 0) {
          throw bad(format, "unclosed '%(' key");
        }
        String key = format.substring(i + 1, close);
        i = close + 1;
        String flags = "";
        while (i < format.length() && "-+ #0".indexOf(format.charAt(i)) >= 0) {
          flags += format.charAt(i++);
        }
        int width = 0;
        while (i < format.length() && Character.isDigit(format.charAt(i))) {
          width = width * 10 + (format.charAt(i++) - '0');
        }
        int precision = -1;
        if (i < format.length() && format.charAt(i) == '.') {
          i++;
          precision = 0;
          while (i < format.length() && Character.isDigit(format.charAt(i))) {
            precision = precision * 10 + (format.charAt(i++) - '0');
          }
        }
        if (i >= format.length()) {
          throw bad(format, "incomplete conversion for key '" + key + "'");
        }
        char conversion = format.charAt(i++);
        Object arg;
        if (key.equals("value")) {
          arg = value;
        } else if (key.equals("symbol")) {
          arg = symbol;
        } else {
          throw bad(format, "unknown key '" + key + "' (valid keys: value, symbol)");
        }
        out.append(convert(format, arg, flags, width, precision, conversion));
      }
      return out.toString();
    }

    private static String convert(
        String format, Object arg, String flags, int width, int precision, char conversion) {
      String body;
      boolean numeric = conversion != 's' && conversion != 'r';
      if (numeric && !(arg instanceof Number)) {
        throw bad(format, "%" + conversion + " needs a number, but symbol is a string");
      }
      switch (conversion) {
        case 'f':
        case 'F':
          body = fixed((Number) arg, precision < 0 ? 6 : precision, flags.indexOf('#') >= 0);
          break;
        case 'd':
        case 'i':
        case 'u':
          // Python's %d of a float truncates toward zero, as int() does.
          long whole = arg instanceof Double ? (long) (double) (Double) arg : (Long) arg;
          String digits = Long.toString(Math.abs(whole));
          while (digits.length() < precision) {
            digits = "0" + digits;
          }
          body = (whole < 0 ? "-" : "") + digits;
          break;
        case 's':
        case 'r':
          String text = arg instanceof String ? (String) arg : arg.toString();
          if (conversion == 'r' && arg instanceof String) {
            text = "'" + text + "'";
          }
          body = precision >= 0 && precision < text.length() ? text.substring(0, precision) : text;
          break;
        default:
          throw bad(
              format, "unsupported conversion '%" + conversion + "' (supported: f F d i u s r)");
      }
      if (numeric && !body.startsWith("-")) {
        if (flags.indexOf('+') >= 0) {
          body = "+" + body;
        } else if (flags.indexOf(' ') >= 0) {
          body = " " + body;
        }
      }
      if (body.length() >= width) {
        return body;
      }
      String pad = " ".repeat(width - body.length());
      if (flags.indexOf('-') >= 0) {
        return body + pad;
      }
      if (numeric && flags.indexOf('0') >= 0) {
        int signLength =
            body.startsWith("-") || body.startsWith("+") || body.startsWith(" ") ? 1 : 0;
        return body.substring(0, signLength)
            + "0".repeat(width - body.length())
            + body.substring(signLength);
      }
      return pad + body;
    }

    private static String fixed(Number arg, int precision, boolean alternate) {
      BigDecimal exact =
          arg instanceof Double ? new BigDecimal((Double) arg) : BigDecimal.valueOf((Long) arg);
      String text = exact.setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
      return alternate && precision == 0 ? text + "." : text;
    }

    private static IllegalArgumentException bad(String format, String why) {
      return new IllegalArgumentException("bad bytes2human format '" + format + "': " + why);
    }
  }
}
