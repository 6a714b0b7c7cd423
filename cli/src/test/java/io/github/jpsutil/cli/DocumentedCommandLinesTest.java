package io.github.jpsutil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.cli.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code ./jpsutil …} command line in the README and in {@code docs/*.md} code blocks is one
 * the cli accepts: the command exists and its options and operands parse. Each line runs with
 * {@code --help} appended, so the parser judges it and nothing is read or served. And every
 * relative link of those pages names a file of the repository.
 */
class DocumentedCommandLinesTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final List<String> SHELL_BLOCKS = List.of("", "sh", "console", "shell", "bash");
  private static final Pattern JPSUTIL_LINE =
      Pattern.compile("(?m)^\\$? ?(?:\\S+=\\S+ )*\\./jpsutil (.*)$");

  private static final Supplier<Psutil> UNTOUCHABLE =
      () -> {
        throw new AssertionError("--help must not touch the backend");
      };

  @Test
  void everyDocumentedCommandLineParses() throws IOException {
    List<String> lines = documentedCommandLines();
    assertThat(lines).as("command lines found in README.md and docs/").hasSizeGreaterThan(5);
    for (String line : lines) {
      List<String> args = new ArrayList<>(words(line));
      args.add("--help");
      CliRun r =
          CliRun.capture(
              (out, err) ->
                  Main.run(args.toArray(new String[0]), out, err, Terminal.PIPE, UNTOUCHABLE));
      assertThat(r.status()).as("./jpsutil " + line + "\n" + r.err()).isZero();
      assertThat(r.out()).as("./jpsutil " + line).isNotEmpty();
    }
  }

  /** Every relative link of the README and the docs pages names a file that exists. */
  @Test
  void everyRelativeLinkNamesAnExistingFile() throws IOException {
    Pattern link = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");
    int checked = 0;
    for (Path page : pages()) {
      Matcher m = link.matcher(Files.readString(page));
      while (m.find()) {
        String target = m.group(1);
        if (target.matches("[a-z]+:.*")) {
          continue; // https:, mailto: — not a file of this repository
        }
        assertThat(page.getParent().resolve(target).normalize())
            .as(page.getFileName() + " links to " + target)
            .exists();
        checked++;
      }
    }
    assertThat(checked).isPositive();
  }

  private static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(ROOT.resolve("README.md"));
    Path docs = ROOT.resolve("docs");
    if (Files.isDirectory(docs)) {
      try (Stream<Path> s = Files.list(docs)) {
        s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
      }
    }
    return pages;
  }

  private static List<String> documentedCommandLines() throws IOException {
    List<Path> pages = pages();
    List<String> lines = new ArrayList<>();
    for (Path page : pages) {
      // Fenced blocks, line by line: a ``` line opens a block (its language after the backticks)
      // and the next one closes it; only shell-like blocks hold command lines.
      String language = null;
      for (String line : Files.readAllLines(page)) {
        if (line.startsWith("```")) {
          language = language == null ? line.substring(3).strip() : null;
        } else if (language != null && SHELL_BLOCKS.contains(language)) {
          Matcher m = JPSUTIL_LINE.matcher(line);
          if (m.matches()) {
            lines.add(commandPart(m.group(1)));
          }
        }
      }
    }
    return lines;
  }

  /** The command line up to an unquoted comment, pipe, redirection or {@code &}. */
  private static String commandPart(String rest) {
    char quote = 0;
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '|' || c == '>' || c == '&' || c == ';' || c == '#') {
        return rest.substring(0, i).strip();
      }
    }
    return rest.strip();
  }

  /** Words, with single or double quotes grouping (as sh would for these simple lines). */
  private static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    Matcher m = Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)").matcher(line);
    while (m.find()) {
      words.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
    }
    return words;
  }
}
