package io.github.jpsutil.spi;

import java.util.Arrays;
import java.util.List;

/**
 * A table of enum constants written as one line of words, for the per-OS numberings that are a list
 * in a header ({@code TCPS_*} states, {@code RLIMIT_*} resources): the word's place is the number,
 * and a misspelt word fails when the table is built, not when it is looked up.
 */
public final class EnumWords {
  private EnumWords() {}

  /**
   * The constants named by {@code words}, in order.
   *
   * @param <E> the enum type
   * @param type the enum class
   * @param words the constants' names, separated by spaces
   * @return the constants, one per word, unmodifiable
   * @throws IllegalArgumentException for a word that names no constant of {@code type}
   */
  public static <E extends Enum<E>> List<E> of(Class<E> type, String words) {
    return Arrays.stream(words.trim().split(" +")).map(w -> Enum.valueOf(type, w)).toList();
  }
}
