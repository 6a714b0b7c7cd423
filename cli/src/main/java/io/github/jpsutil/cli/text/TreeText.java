package io.github.jpsutil.cli.text;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The human-readable form of a JSON-shaped tree (the same maps and lists the JSON writer takes):
 * one {@code key: value} per line, nested maps indented by two spaces, lists of plain values on one
 * line, each element of a list of maps on one {@code - k: v, k: v} line. {@code null} and empty
 * optionals print as {@code None}, as psutil's Python repr would.
 */
public final class TreeText {
  private TreeText() {}

  public static String render(Map<String, ?> tree) {
    StringBuilder sb = new StringBuilder();
    map(sb, tree, 0);
    return sb.toString();
  }

  private static void map(StringBuilder sb, Map<?, ?> map, int depth) {
    for (Map.Entry<?, ?> e : map.entrySet()) {
      Object v = unwrap(e.getValue());
      sb.append("  ".repeat(depth)).append(e.getKey()).append(':');
      if (v instanceof Map<?, ?> m && !m.isEmpty()) {
        sb.append('\n');
        map(sb, m, depth + 1);
      } else if (v instanceof Collection<?> c && !c.isEmpty() && !allPlain(c)) {
        sb.append('\n');
        for (Object item : c) {
          sb.append("  ".repeat(depth + 1)).append("- ");
          Object u = unwrap(item);
          if (u instanceof Map<?, ?> m) {
            entries(sb, m);
          } else {
            inline(sb, u);
          }
          sb.append('\n');
        }
      } else {
        sb.append(' ');
        inline(sb, v);
        sb.append('\n');
      }
    }
  }

  private static boolean allPlain(Collection<?> c) {
    for (Object o : c) {
      Object u = unwrap(o);
      if (u instanceof Map || u instanceof Collection) {
        return false;
      }
    }
    return true;
  }

  private static void entries(StringBuilder sb, Map<?, ?> m) {
    boolean first = true;
    for (Map.Entry<?, ?> e : m.entrySet()) {
      if (!first) {
        sb.append(", ");
      }
      first = false;
      sb.append(e.getKey()).append(": ");
      inline(sb, unwrap(e.getValue()));
    }
  }

  private static void inline(StringBuilder sb, Object v) {
    if (v == null) {
      sb.append("None");
    } else if (v instanceof Map<?, ?> m) {
      sb.append('{');
      entries(sb, m);
      sb.append('}');
    } else if (v instanceof Collection<?> c) {
      sb.append('[');
      boolean first = true;
      for (Object item : c) {
        if (!first) {
          sb.append(", ");
        }
        first = false;
        inline(sb, unwrap(item));
      }
      sb.append(']');
    } else if (v instanceof Double d) {
      sb.append(PyFloat.repr(d));
    } else if (v instanceof CharSequence s && s.length() == 0) {
      sb.append("''");
    } else {
      sb.append(v);
    }
  }

  private static Object unwrap(Object v) {
    if (v instanceof Optional<?> o) {
      return o.orElse(null);
    }
    if (v instanceof OptionalInt o) {
      return o.isPresent() ? o.getAsInt() : null;
    }
    if (v instanceof OptionalLong o) {
      return o.isPresent() ? o.getAsLong() : null;
    }
    if (v instanceof OptionalDouble o) {
      return o.isPresent() ? o.getAsDouble() : null;
    }
    return v;
  }
}
