package io.github.jpsutil.linux.parse;

import java.util.Objects;

/**
 * The text of one sysfs attribute file and the file it came from, so that a parser can name the
 * file when its content is malformed.
 *
 * @param file the file, as it should appear in an error message
 * @param text the file's whole content, trailing newline included
 */
public record SysfsAttribute(String file, String text) {
  public SysfsAttribute {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
  }

  /**
   * The content as a decimal integer.
   *
   * @throws io.github.jpsutil.api.MalformedDataException naming the file when the content is not
   *     one
   */
  public long integer() {
    return SysfsNumber.integer(text).orElseThrow(() -> malformed("an integer"));
  }

  /**
   * The content as a decimal number.
   *
   * @throws io.github.jpsutil.api.MalformedDataException naming the file when the content is not
   *     one
   */
  public double decimal() {
    return SysfsNumber.decimal(text).orElseThrow(() -> malformed("a number"));
  }

  /** An exception saying this file does not hold what the caller expected. */
  public io.github.jpsutil.api.MalformedDataException malformed(String expected) {
    return Malformed.of(file + ": expected " + expected + ", got '" + text.strip() + "'");
  }
}
