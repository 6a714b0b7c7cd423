package io.github.jpsutil.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * The numbers the suite reports (docs/reliability.md): each is printed as {@code FIGURE name =
 * value} and appended to the file named by {@code -Djpsutil.figures} (the pom sets {@code
 * reliability/target/reliability-figures.txt}), so one run's figures can be read in one place.
 */
final class Figures {
  private Figures() {}

  static void put(String name, Object value) {
    String line = "FIGURE " + name + " = " + format(value);
    System.out.println(line);
    String file = System.getProperty("jpsutil.figures");
    if (file == null) {
      return;
    }
    try {
      Path p = Path.of(file);
      Files.createDirectories(p.getParent());
      Files.writeString(
          p,
          line + System.lineSeparator(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String format(Object value) {
    if (value instanceof Double d) {
      return String.format(Locale.ROOT, "%.1f", d);
    }
    return String.valueOf(value);
  }
}
