package io.github.jpsutil.benchmarks;

/**
 * An empty program on the same JVM, class path and flags as {@link ColdStart}: the JVM's own start
 * and exit, the baseline the library's cold-start target is a multiple of.
 */
public final class BareStart {
  private BareStart() {}

  public static void main(String[] args) {
    System.out.println(0);
  }
}
