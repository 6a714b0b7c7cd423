package io.github.jpsutil.windows.capture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One capture written by {@code src/test/probe/capture.sh} under Wine: raw Windows API buffers
 * listed in {@code manifest.txt}, and the same facts read through other APIs as text ({@code
 * toolhelp-after.tsv}, {@code process.tsv}, {@code system.txt}, {@code children.tsv}).
 *
 * <p>The tests run over the committed capture and, when {@code -Djpsutil.windows.capture=DIR} or
 * the environment variable {@code JPSUTIL_WINDOWS_CAPTURE} names a directory, over that one too
 * ({@code .ci/run} makes a fresh one on every run).
 */
public record CaptureDirectory(Path dir) {

  static final String PROPERTY = "jpsutil.windows.capture";
  static final String ENV = "JPSUTIL_WINDOWS_CAPTURE";

  /** The committed capture, then a fresh one when one is configured. */
  public static Stream<CaptureDirectory> all() {
    List<CaptureDirectory> out = new ArrayList<>();
    try {
      out.add(
          new CaptureDirectory(
              Path.of(CaptureDirectory.class.getResource("/captures/wine8/manifest.txt").toURI())
                  .getParent()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    String fresh = System.getProperty(PROPERTY, System.getenv(ENV));
    if (fresh != null && !fresh.isBlank()) {
      Path p = Path.of(fresh);
      if (!Files.isRegularFile(p.resolve("manifest.txt"))) {
        throw new IllegalArgumentException(
            PROPERTY + "/" + ENV + " names " + p + ", which holds no manifest.txt");
      }
      out.add(new CaptureDirectory(p));
    }
    return out.stream();
  }

  @Override
  public String toString() {
    return dir.toString();
  }

  /** One {@code file=…} line of the manifest: a raw buffer and how it was obtained. */
  public record Entry(String file, String api, String args, long rc, int bytes, long address) {}

  /** The manifest line of {@code file}. */
  public Entry entry(String file) {
    for (String line : lines("manifest.txt")) {
      if (!line.startsWith("file=" + file + "\t")) {
        continue;
      }
      Map<String, String> kv = new LinkedHashMap<>();
      for (String cell : line.split("\t")) {
        int eq = cell.indexOf('=');
        kv.put(cell.substring(0, eq), cell.substring(eq + 1));
      }
      return new Entry(
          file,
          kv.get("api"),
          kv.get("args"),
          Long.parseLong(kv.get("rc")),
          Integer.parseInt(kv.get("bytes")),
          Long.parseUnsignedLong(kv.get("address").substring(2), 16));
    }
    throw new IllegalArgumentException(dir + "/manifest.txt lists no file " + file);
  }

  /** The manifest entry of the first raw file whose name starts with {@code prefix}, if any. */
  public java.util.Optional<Entry> entryStartingWith(String prefix) {
    return lines("manifest.txt").stream()
        .filter(l -> l.startsWith("file=" + prefix))
        .findFirst()
        .map(l -> entry(l.substring(5, l.indexOf('\t'))));
  }

  /** The raw buffer, little-endian as on x86-64 Windows. */
  public ByteBuffer raw(String file) {
    try {
      return ByteBuffer.wrap(Files.readAllBytes(dir.resolve(file))).order(ByteOrder.LITTLE_ENDIAN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code key=value} lines of a text file, and the manifest's non-file notes. */
  public Map<String, String> keyValues(String file) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : lines(file)) {
      int eq = line.indexOf('=');
      if (eq > 0 && !line.startsWith("file=")) {
        out.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return out;
  }

  /** Rows of a tab-separated file with a header line, as column → cell. */
  public List<Map<String, String>> tsv(String file) {
    List<String> lines = lines(file);
    String[] header = lines.get(0).split("\t");
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      if (cells.length != header.length) {
        throw new IllegalArgumentException(
            file + ": " + cells.length + " cells, header has " + header.length + ": " + line);
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i], cells[i]);
      }
      rows.add(row);
    }
    return rows;
  }

  /** Rows of {@code file} keyed by their {@code pid} column. */
  public Map<Integer, Map<String, String>> byPid(String file) {
    Map<Integer, Map<String, String>> out = new LinkedHashMap<>();
    for (Map<String, String> row : tsv(file)) {
      out.put(Integer.parseInt(row.get("pid")), row);
    }
    return out;
  }

  private List<String> lines(String file) {
    try {
      return Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
