package io.github.jpsutil.reliability;

import java.util.HashSet;
import java.util.Set;

/**
 * Test-only: checks that a text is one JSON value by RFC 8259 (no NaN or Infinity, no raw control
 * characters in strings, no trailing data) and that no object repeats a key. Returns normally or
 * throws IllegalArgumentException with the offset of the first error.
 */
final class StrictJson {
  private final String s;
  private int i;

  private StrictJson(String s) {
    this.s = s;
  }

  static void check(String text) {
    StrictJson p = new StrictJson(text);
    p.ws();
    p.value(0);
    p.ws();
    if (p.i != text.length()) {
      throw p.error("data after the value");
    }
  }

  private IllegalArgumentException error(String what) {
    int from = Math.max(0, i - 40);
    int to = Math.min(s.length(), i + 40);
    return new IllegalArgumentException(what + " at offset " + i + ": ..." + s.substring(from, to));
  }

  private void ws() {
    while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
  }

  private void value(int depth) {
    if (depth > 512) {
      throw error("nesting too deep");
    }
    if (i >= s.length()) {
      throw error("value expected");
    }
    char c = s.charAt(i);
    switch (c) {
      case '{' -> object(depth);
      case '[' -> array(depth);
      case '"' -> string();
      case 't' -> literal("true");
      case 'f' -> literal("false");
      case 'n' -> literal("null");
      default -> number();
    }
  }

  private void object(int depth) {
    i++;
    ws();
    Set<String> keys = new HashSet<>();
    if (peek('}')) {
      i++;
      return;
    }
    while (true) {
      ws();
      int start = i;
      string();
      if (!keys.add(s.substring(start, i))) {
        throw error("duplicate key " + s.substring(start, i));
      }
      ws();
      expect(':');
      ws();
      value(depth + 1);
      ws();
      if (peek(',')) {
        i++;
        continue;
      }
      expect('}');
      return;
    }
  }

  private void array(int depth) {
    i++;
    ws();
    if (peek(']')) {
      i++;
      return;
    }
    while (true) {
      ws();
      value(depth + 1);
      ws();
      if (peek(',')) {
        i++;
        continue;
      }
      expect(']');
      return;
    }
  }

  private void string() {
    expect('"');
    while (true) {
      if (i >= s.length()) {
        throw error("unterminated string");
      }
      char c = s.charAt(i++);
      if (c == '"') {
        return;
      }
      if (c < 0x20) {
        throw error("raw control character in a string");
      }
      if (c == '\\') {
        if (i >= s.length()) {
          throw error("unterminated escape");
        }
        char e = s.charAt(i++);
        if (e == 'u') {
          for (int k = 0; k < 4; k++) {
            if (i >= s.length() || Character.digit(s.charAt(i++), 16) < 0) {
              throw error("bad \\u escape");
            }
          }
        } else if ("\"\\/bfnrt".indexOf(e) < 0) {
          throw error("bad escape \\" + e);
        }
      }
    }
  }

  private void number() {
    int start = i;
    if (peek('-')) {
      i++;
    }
    if (peek('0')) {
      i++;
    } else if (digits() == 0) {
      throw error("bad number or literal");
    }
    if (peek('.')) {
      i++;
      if (digits() == 0) {
        throw error("digits expected after '.'");
      }
    }
    if (peek('e') || peek('E')) {
      i++;
      if (peek('+') || peek('-')) {
        i++;
      }
      if (digits() == 0) {
        throw error("digits expected in the exponent");
      }
    }
    if (i == start) {
      throw error("value expected");
    }
  }

  private int digits() {
    int n = 0;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
      n++;
    }
    return n;
  }

  private void literal(String word) {
    if (!s.startsWith(word, i)) {
      throw error("bad literal");
    }
    i += word.length();
  }

  private boolean peek(char c) {
    return i < s.length() && s.charAt(i) == c;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw error("'" + c + "' expected");
    }
    i++;
  }
}
