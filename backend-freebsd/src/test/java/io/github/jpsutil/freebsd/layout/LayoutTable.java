package io.github.jpsutil.freebsd.layout;

import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cited FreeBSD amd64 offset table ({@code layouts/freebsd-amd64.tsv}; its README says where
 * every row comes from): lookups by struct and field, the check of a {@link CStruct} declaration
 * against it, and writes into test buffers at the offsets the table (not the decoder) gives.
 */
public final class LayoutTable {
  /** One row: {@code struct field offset size ctype source}. */
  public record Row(
      String struct, String field, int offset, int size, String ctype, String source) {}

  private static final Pattern ELEMENT = Pattern.compile("(.+)\\[(\\d+)]");
  private static final Pattern ARRAY_TYPE = Pattern.compile(".*\\[(\\d+)]");

  private final Map<String, Row> rows = new LinkedHashMap<>();

  private LayoutTable() {}

  /** The table in the test resources. */
  public static LayoutTable amd64() {
    try (InputStream in = LayoutTable.class.getResourceAsStream("/layouts/freebsd-amd64.tsv")) {
      if (in == null) {
        throw new IllegalStateException("layouts/freebsd-amd64.tsv is not on the test path");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LayoutTable parse(String text) {
    LayoutTable t = new LayoutTable();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length != 6 || c[5].isBlank()) {
        throw new IllegalArgumentException("a row needs 6 columns and a source: " + line);
      }
      Row r = new Row(c[0], c[1], Integer.parseInt(c[2]), Integer.parseInt(c[3]), c[4], c[5]);
      if (t.rows.put(c[0] + "\t" + c[1], r) != null) {
        throw new IllegalArgumentException("row given twice: " + c[0] + " " + c[1]);
      }
    }
    return t;
  }

  public List<Row> rows() {
    return List.copyOf(rows.values());
  }

  /** {@code sizeof(struct)}. */
  public int size(String struct) {
    return row(struct, "sizeof").orElseThrow(() -> missing(struct, "sizeof")).size();
  }

  /**
   * The row of {@code field}; an element {@code name[i]} of an array row {@code name} of type
   * {@code t[n]} is derived from it (offset + i × size / n).
   */
  public Optional<Row> row(String struct, String field) {
    Row r = rows.get(struct + "\t" + field);
    if (r != null) {
      return Optional.of(r);
    }
    Matcher e = ELEMENT.matcher(field);
    if (!e.matches()) {
      return Optional.empty();
    }
    return row(struct, e.group(1))
        .flatMap(
            array -> {
              Matcher n = ARRAY_TYPE.matcher(array.ctype());
              int index = Integer.parseInt(e.group(2));
              if (!n.matches() || index >= Integer.parseInt(n.group(1))) {
                return Optional.empty();
              }
              int width = array.size() / Integer.parseInt(n.group(1));
              return Optional.of(
                  new Row(
                      struct,
                      field,
                      array.offset() + index * width,
                      width,
                      array.ctype(),
                      array.source()));
            });
  }

  /** Every way {@code s} disagrees with the table (empty when it agrees). */
  public List<String> mismatches(CStruct s) {
    List<String> out = new ArrayList<>();
    Optional<Row> size = row(s.name(), "sizeof");
    if (size.isEmpty()) {
      out.add(s.name() + ": no sizeof row in the table");
    } else if (size.get().size() != s.size()) {
      out.add(s.name() + ": declared " + s.size() + " bytes, table says " + size.get().size());
    }
    for (CField f : s.fields()) {
      Optional<Row> r = row(s.name(), f.name());
      if (r.isEmpty()) {
        out.add(f.qualifiedName() + ": no row in the table");
      } else if (r.get().offset() != f.offset() || r.get().size() != f.width()) {
        out.add(
            f.qualifiedName()
                + ": declared @"
                + f.offset()
                + " width "
                + f.width()
                + ", table says @"
                + r.get().offset()
                + " size "
                + r.get().size());
      }
    }
    return out;
  }

  /**
   * Writes {@code value} into {@code buf} at the struct at {@code base}, little-endian, as wide as
   * the table's row says (1, 2, 4 or 8 bytes).
   */
  public ByteBuffer put(ByteBuffer buf, int base, String struct, String field, long value) {
    Row r = row(struct, field).orElseThrow(() -> missing(struct, field));
    int at = base + r.offset();
    switch (r.size()) {
      case 1 -> buf.put(at, (byte) value);
      case 2 -> buf.putShort(at, (short) value);
      case 4 -> buf.putInt(at, (int) value);
      case 8 -> buf.putLong(at, value);
      default ->
          throw new IllegalArgumentException(struct + "." + field + " is " + r.size() + " B");
    }
    return buf;
  }

  /** Writes {@code text} (UTF-8, NUL-padded) into the {@code char[]} row of {@code field}. */
  public ByteBuffer putString(ByteBuffer buf, int base, String struct, String field, String text) {
    Row r = row(struct, field).orElseThrow(() -> missing(struct, field));
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > r.size()) {
      throw new IllegalArgumentException(text + " does not fit " + struct + "." + field);
    }
    buf.put(base + r.offset(), bytes);
    return buf;
  }

  private static IllegalArgumentException missing(String struct, String field) {
    return new IllegalArgumentException("no row " + struct + " " + field + " in the table");
  }
}
