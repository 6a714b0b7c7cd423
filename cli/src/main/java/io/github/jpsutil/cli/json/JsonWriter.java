package io.github.jpsutil.cli.json;

import io.github.jpsutil.cli.text.PyFloat;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Writes a tree of {@link Map}s (string keys, iteration order kept), {@link Collection}s, strings,
 * numbers, booleans and {@code null} as JSON (RFC 8259). Empty {@code Optional}s of any kind are
 * written as {@code null}, present ones as their value.
 *
 * <ul>
 *   <li>Strings are written as pure ASCII, like Python's {@code json.dumps} (ensure_ascii): control
 *       characters, DEL and every non-ASCII UTF-16 unit become {@code \}{@code uXXXX}, so
 *       characters outside the BMP become an escaped surrogate pair and the output survives any
 *       terminal encoding. Lone surrogates (possible in file names) are escaped too, never
 *       replaced.
 *   <li>Doubles are written as Python's {@code repr} writes them ({@link PyFloat}): {@code
 *       1700000000.5}, not {@code 1.7000000005E9}; integral doubles keep {@code .0} so a reader can
 *       tell psutil's floats from its ints. NaN and infinities, which JSON cannot express, are
 *       written as {@code null} (Python would write the invalid token {@code NaN}).
 * </ul>
 *
 * Any other type is a programming error and throws {@link IllegalArgumentException}.
 */
public final class JsonWriter {
  private final int indent;

  /**
   * @param indent spaces per nesting level; 0 writes everything on one line without spaces
   */
  public JsonWriter(int indent) {
    if (indent < 0 || indent > 16) {
      throw new IllegalArgumentException("indent must be within 0..16, got " + indent);
    }
    this.indent = indent;
  }

  /** The JSON text of {@code value}, without a trailing newline. */
  public String write(Object value) {
    StringBuilder sb = new StringBuilder(256);
    value(sb, value, 0);
    return sb.toString();
  }

  private void value(StringBuilder sb, Object v, int depth) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof CharSequence s) {
      string(sb, s);
    } else if (v instanceof Boolean b) {
      sb.append(b.booleanValue());
    } else if (v instanceof Number n) {
      number(sb, n);
    } else if (v instanceof Map<?, ?> m) {
      object(sb, m, depth);
    } else if (v instanceof Collection<?> c) {
      array(sb, c, depth);
    } else if (v instanceof Optional<?> o) {
      value(sb, o.orElse(null), depth);
    } else if (v instanceof OptionalInt o) {
      value(sb, o.isPresent() ? o.getAsInt() : null, depth);
    } else if (v instanceof OptionalLong o) {
      value(sb, o.isPresent() ? o.getAsLong() : null, depth);
    } else if (v instanceof OptionalDouble o) {
      value(sb, o.isPresent() ? o.getAsDouble() : null, depth);
    } else {
      throw new IllegalArgumentException("cannot write " + v.getClass().getName() + " as JSON");
    }
  }

  private static void number(StringBuilder sb, Number n) {
    if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
      sb.append(n.longValue());
    } else if (n instanceof BigInteger) {
      sb.append(n);
    } else if (n instanceof Double || n instanceof Float) {
      // A float goes through its own shortest decimal form: 0.1f is 0.1, not 0.10000000149011612.
      double d = n instanceof Float f ? Double.parseDouble(Float.toString(f)) : n.doubleValue();
      sb.append(Double.isFinite(d) ? PyFloat.repr(d) : "null");
    } else if (n instanceof BigDecimal b) {
      sb.append(b.toString()); // may use E notation, which JSON allows
    } else {
      throw new IllegalArgumentException("cannot write " + n.getClass().getName() + " as JSON");
    }
  }

  private void object(StringBuilder sb, Map<?, ?> map, int depth) {
    if (map.isEmpty()) {
      sb.append("{}");
      return;
    }
    sb.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!(e.getKey() instanceof CharSequence key)) {
        throw new IllegalArgumentException("JSON object keys must be strings, got " + e.getKey());
      }
      if (!first) {
        sb.append(',');
      }
      first = false;
      newline(sb, depth + 1);
      string(sb, key);
      sb.append(indent > 0 ? ": " : ":");
      value(sb, e.getValue(), depth + 1);
    }
    newline(sb, depth);
    sb.append('}');
  }

  private void array(StringBuilder sb, Collection<?> items, int depth) {
    if (items.isEmpty()) {
      sb.append("[]");
      return;
    }
    sb.append('[');
    boolean first = true;
    for (Object item : items) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      newline(sb, depth + 1);
      value(sb, item, depth + 1);
    }
    newline(sb, depth);
    sb.append(']');
  }

  private void newline(StringBuilder sb, int depth) {
    if (indent > 0) {
      sb.append('\n');
      sb.append(" ".repeat(indent * depth));
    }
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  static void string(StringBuilder sb, CharSequence s) {
    sb.append('"');
    // Plain runs are appended whole (a command line of kilobytes is one copy, not one append per
    // character); only the characters that need escaping are written one by one.
    int run = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
        continue;
      }
      sb.append(s, run, i);
      run = i + 1;
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default ->
            sb.append("\\u")
                .append(HEX[c >> 12])
                .append(HEX[(c >> 8) & 0xf])
                .append(HEX[(c >> 4) & 0xf])
                .append(HEX[c & 0xf]);
      }
    }
    sb.append(s, run, s.length());
    sb.append('"');
  }
}
