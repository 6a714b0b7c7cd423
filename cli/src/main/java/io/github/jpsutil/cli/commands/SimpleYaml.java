package io.github.jpsutil.cli.commands;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The small part of YAML a web configuration file uses: a mapping of keys to scalars or to one
 * level of nested mappings, block style, with comments, blank lines, an optional {@code ---} and
 * plain, single- or double-quoted scalars. Anything else (sequences, flow style, anchors, tabs,
 * deeper nesting, duplicate keys) is refused with the line number rather than guessed at.
 */
final class SimpleYaml {
  private SimpleYaml() {}

  /**
   * The top-level mapping of {@code text}: values are Strings, or Maps of String to String for a
   * key with an indented block under it ({@code ""} for a key with neither).
   *
   * @throws IllegalArgumentException naming the line at fault
   */
  static Map<String, Object> parse(String text) {
    Map<String, Object> top = new LinkedHashMap<>();
    Map<String, String> current = null;
    int childIndent = -1;
    String[] lines = text.split("\r?\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String raw = lines[n];
      String where = "line " + (n + 1) + ": ";
      if (raw.indexOf('\t') >= 0) {
        throw new IllegalArgumentException(where + "tabs are not allowed in YAML indentation");
      }
      String line = stripComment(raw, where);
      if (line.isBlank() || (n == 0 && line.strip().equals("---"))) {
        continue;
      }
      int indent = line.length() - line.stripLeading().length();
      String body = line.strip();
      int colon = keyEnd(body);
      if (colon <= 0) {
        throw new IllegalArgumentException(where + "expected 'key: value'");
      }
      String key = unquote(body.substring(0, colon), where);
      String value = unquote(body.substring(colon + 1).strip(), where);
      if (indent == 0) {
        if (top.containsKey(key)) {
          throw new IllegalArgumentException(where + "duplicate key '" + key + "'");
        }
        if (value.isEmpty()) {
          current = new LinkedHashMap<>();
          top.put(key, current);
          childIndent = -1;
        } else {
          current = null;
          top.put(key, value);
        }
        continue;
      }
      if (current == null || (childIndent >= 0 && indent != childIndent)) {
        throw new IllegalArgumentException(where + "unexpected indentation");
      }
      childIndent = indent;
      if (current.containsKey(key)) {
        throw new IllegalArgumentException(where + "duplicate key '" + key + "'");
      }
      if (value.isEmpty()) {
        throw new IllegalArgumentException(where + "'" + key + "' has no value");
      }
      current.put(key, value);
    }
    for (Map.Entry<String, Object> e : top.entrySet()) {
      if (e.getValue() instanceof Map<?, ?> m && m.isEmpty()) {
        e.setValue("");
      }
    }
    return top;
  }

  /** The index of the colon ending the key (one followed by a space or the line's end), or -1. */
  private static int keyEnd(String body) {
    if (body.startsWith("\"") || body.startsWith("'")) {
      int close = body.indexOf(body.charAt(0), 1);
      return close > 0 && close + 1 < body.length() + 1 && body.startsWith(":", close + 1)
          ? close + 1
          : -1;
    }
    for (int i = 0; i < body.length(); i++) {
      if (body.charAt(i) == ':' && (i + 1 == body.length() || body.charAt(i + 1) == ' ')) {
        return i;
      }
    }
    return -1;
  }

  private static String stripComment(String line, String where) {
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '#' && (i == 0 || line.charAt(i - 1) == ' ')) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  private static String unquote(String s, String where) {
    if (s.length() >= 2
        && (s.charAt(0) == '"' || s.charAt(0) == '\'')
        && s.charAt(s.length() - 1) == s.charAt(0)) {
      String inner = s.substring(1, s.length() - 1);
      if (s.charAt(0) == '"' && inner.indexOf('\\') >= 0) {
        throw new IllegalArgumentException(where + "escapes in double quotes are not supported");
      }
      return s.charAt(0) == '\'' ? inner.replace("''", "'") : inner;
    }
    if (s.startsWith("\"") || s.startsWith("'")) {
      throw new IllegalArgumentException(where + "unterminated quote");
    }
    if (s.startsWith("[")
        || s.startsWith("{")
        || s.startsWith("&")
        || s.startsWith("*")
        || s.startsWith("|")
        || s.startsWith(">")
        || s.startsWith("- ")
        || s.equals("-")) {
      throw new IllegalArgumentException(where + "only plain or quoted scalars are supported here");
    }
    return s;
  }
}
