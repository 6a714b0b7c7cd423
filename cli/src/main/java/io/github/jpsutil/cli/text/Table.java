package io.github.jpsutil.cli.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plain-text table in the style of psutil's example scripts: one space between columns, each
 * column at least its minimum width (psutil's template widths) and widened to fit its longest cell,
 * so long device names or addresses never push later columns out of line. Trailing spaces are
 * trimmed. Cells are strings; {@code null} prints as {@code -}; control characters print as {@code
 * ?} ({@link Printable}), so a cell holding system text can never break the table's lines.
 */
public final class Table {
  /** How a column's cells are padded. */
  public enum Align {
    LEFT,
    RIGHT
  }

  /** A column: header text, alignment and minimum width in characters. */
  public record Column(String header, Align align, int minWidth) {
    public Column {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(align, "align");
      if (minWidth < 0) {
        throw new IllegalArgumentException("minWidth must be >= 0, got " + minWidth);
      }
    }

    public static Column left(String header, int minWidth) {
      return new Column(header, Align.LEFT, minWidth);
    }

    public static Column right(String header, int minWidth) {
      return new Column(header, Align.RIGHT, minWidth);
    }
  }

  private final List<Column> columns;
  private final List<String[]> rows = new ArrayList<>();
  private boolean header = true;

  private Table(List<Column> columns) {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a table needs at least one column");
    }
    this.columns = List.copyOf(columns);
  }

  public static Table of(Column... columns) {
    return new Table(List.of(columns));
  }

  /** Leaves out the header line (key/value listings). */
  public Table withoutHeader() {
    header = false;
    return this;
  }

  /** Adds a row; it must have one cell per column. */
  public Table row(Object... cells) {
    if (cells.length != columns.size()) {
      throw new IllegalArgumentException(
          "expected " + columns.size() + " cells, got " + cells.length);
    }
    String[] text = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      text[i] = cells[i] == null ? "-" : Printable.of(cells[i].toString());
    }
    rows.add(text);
    return this;
  }

  public int rowCount() {
    return rows.size();
  }

  /** The table, one line per row (header first), each ending in a newline. */
  public String render() {
    int[] widths = new int[columns.size()];
    for (int c = 0; c < widths.length; c++) {
      Column col = columns.get(c);
      widths[c] = Math.max(col.minWidth(), header ? col.header().length() : 0);
      for (String[] row : rows) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    if (header) {
      String[] headers = columns.stream().map(Column::header).toArray(String[]::new);
      line(sb, headers, widths);
    }
    for (String[] row : rows) {
      line(sb, row, widths);
    }
    return sb.toString();
  }

  private void line(StringBuilder sb, String[] cells, int[] widths) {
    int start = sb.length();
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) {
        sb.append(' ');
      }
      pad(sb, cells[c], widths[c], columns.get(c).align());
    }
    int end = sb.length();
    while (end > start && sb.charAt(end - 1) == ' ') {
      end--;
    }
    sb.setLength(end);
    sb.append('\n');
  }

  private static void pad(StringBuilder sb, String cell, int width, Align align) {
    int fill = width - cell.length();
    if (align == Align.RIGHT) {
      sb.append(" ".repeat(Math.max(0, fill))).append(cell);
    } else {
      sb.append(cell).append(" ".repeat(Math.max(0, fill)));
    }
  }
}
