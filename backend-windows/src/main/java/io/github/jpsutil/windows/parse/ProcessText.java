package io.github.jpsutil.windows.parse;

import io.github.jpsutil.api.MalformedDataException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The UTF-16 text read from another process's parameters, as psutil returns it. */
public final class ProcessText {
  private ProcessText() {}

  /**
   * The command line split as {@code CommandLineToArgvW} splits it (psutil calls it; Microsoft
   * docs, "Parsing C++ command-line arguments"): whitespace separates arguments outside quotes;
   * {@code "} toggles quoting; 2n backslashes before a quote give n backslashes and the quote acts,
   * 2n+1 give n and a literal quote; other backslashes are literal. The first argument (the
   * program) ends at the first whitespace or, when it starts with a quote, at the next quote, with
   * no backslash rules.
   */
  public static List<String> cmdline(ByteBuffer utf16) {
    String s = ProcessParameters.utf16(utf16);
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    // The program name.
    if (n == 0) {
      return out;
    }
    if (s.charAt(0) == '"') {
      int close = s.indexOf('"', 1);
      out.add(close < 0 ? s.substring(1) : s.substring(1, close));
      i = close < 0 ? n : close + 1;
    } else {
      while (i < n && s.charAt(i) != ' ' && s.charAt(i) != '\t') {
        i++;
      }
      out.add(s.substring(0, i));
    }
    while (true) {
      while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
        i++;
      }
      if (i >= n) {
        return out;
      }
      StringBuilder arg = new StringBuilder();
      boolean quoted = false;
      while (i < n && (quoted || (s.charAt(i) != ' ' && s.charAt(i) != '\t'))) {
        char c = s.charAt(i);
        if (c == '\\') {
          int slashes = 0;
          while (i < n && s.charAt(i) == '\\') {
            slashes++;
            i++;
          }
          if (i < n && s.charAt(i) == '"') {
            arg.append("\\".repeat(slashes / 2));
            if (slashes % 2 == 1) {
              arg.append('"');
              i++;
            }
          } else {
            arg.append("\\".repeat(slashes));
          }
        } else if (c == '"') {
          // "" inside quotes is a literal quote (the post-2008 msvcrt rule CommandLineToArgvW
          // keeps).
          if (quoted && i + 1 < n && s.charAt(i + 1) == '"') {
            arg.append('"');
            i += 2;
          } else {
            quoted = !quoted;
            i++;
          }
        } else {
          arg.append(c);
          i++;
        }
      }
      out.add(arg.toString());
    }
  }

  /**
   * The current directory as psutil's {@code cwd()}: {@code os.path.normpath} drops the trailing
   * backslash Windows keeps ({@code C:\dir\} becomes {@code C:\dir}); a drive root stays {@code
   * C:\}.
   */
  public static String cwd(ByteBuffer utf16) {
    String s = ProcessParameters.utf16(utf16);
    return s.length() > 3 && s.endsWith("\\") ? s.substring(0, s.length() - 1) : s;
  }

  /**
   * The environment block ({@code NAME=value} strings, each NUL-terminated, a second NUL at the
   * end) as psutil's {@code parse_environ_block}: an entry whose first {@code =} is its first
   * character is skipped (the hidden {@code =C:=C:\dir} per-drive directories), keys are upper-case
   * on Windows, the last of two equal keys wins, and text after the last NUL is ignored.
   *
   * @throws MalformedDataException if the block has an odd length
   */
  public static Map<String, String> environ(ByteBuffer block) {
    String s = PointedText.utf16(block, "environment block");
    Map<String, String> out = new LinkedHashMap<>();
    int pos = 0;
    while (pos < s.length()) {
      int end = s.indexOf('\0', pos);
      if (end <= pos) {
        break; // the terminating empty string, or an unterminated rest
      }
      String entry = s.substring(pos, end);
      int eq = entry.indexOf('=');
      if (eq > 0) {
        out.put(entry.substring(0, eq).toUpperCase(Locale.ROOT), entry.substring(eq + 1));
      }
      pos = end + 1;
    }
    return out;
  }
}
