package io.github.jpsutil.metrics;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which processes get per-process meters ({@code process.cpu.time}, {@code process.memory.usage},
 * …). Each process is a set of series, so the selection is explicit and bounded: this JVM, given
 * pids, processes whose name or command line matches a pattern, and the top N by CPU or by resident
 * memory, all together at most {@link #limit()} processes. Immutable.
 *
 * <p>When more processes are selected than the limit, they are taken in this order: this JVM, the
 * given pids, the top by CPU, the top by memory, then pattern matches by ascending pid.
 */
public final class ProcessSelection {
  /** The default {@link #limit()}. */
  public static final int DEFAULT_LIMIT = 100;

  /** The largest {@link #limit()} accepted. */
  public static final int MAX_LIMIT = 10_000;

  private static final ProcessSelection NONE = builder().build();

  private final boolean self;
  private final Set<Integer> pids;
  private final Pattern name;
  private final Pattern cmdline;
  private final int topByCpu;
  private final int topByMemory;
  private final int limit;

  private ProcessSelection(Builder b) {
    this.self = b.self;
    this.pids = Set.copyOf(b.pids);
    this.name = b.name;
    this.cmdline = b.cmdline;
    this.topByCpu = b.topByCpu;
    this.topByMemory = b.topByMemory;
    this.limit = b.limit;
  }

  /** {@return no per-process meters (the default)} */
  public static ProcessSelection none() {
    return NONE;
  }

  /** {@return a builder that selects nothing until told} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return whether no process can be selected, so no per-process work is done} */
  public boolean isEmpty() {
    return !self
        && pids.isEmpty()
        && name == null
        && cmdline == null
        && topByCpu == 0
        && topByMemory == 0;
  }

  /** {@return whether this JVM's own process is selected} */
  public boolean self() {
    return self;
  }

  /** {@return the pids selected explicitly} */
  public Set<Integer> pids() {
    return pids;
  }

  /**
   * {@return the pattern a process's psutil {@code name()} must contain a match of, as {@code
   * pgrep}}
   */
  public Optional<Pattern> name() {
    return Optional.ofNullable(name);
  }

  /** {@return the pattern the command line (arguments joined by spaces) must contain a match of} */
  public Optional<Pattern> cmdline() {
    return Optional.ofNullable(cmdline);
  }

  /**
   * {@return how many of the processes that used the most CPU time since the previous sample are
   * selected}
   */
  public int topByCpu() {
    return topByCpu;
  }

  /** {@return how many of the processes with the most resident memory are selected} */
  public int topByMemory() {
    return topByMemory;
  }

  /** {@return the most processes that carry meters at any time} */
  public int limit() {
    return limit;
  }

  @Override
  public String toString() {
    return "ProcessSelection[self="
        + self
        + ", pids="
        + pids
        + ", name="
        + name
        + ", cmdline="
        + cmdline
        + ", topByCpu="
        + topByCpu
        + ", topByMemory="
        + topByMemory
        + ", limit="
        + limit
        + "]";
  }

  /** Builds a {@link ProcessSelection}; every part adds processes to the selection. */
  public static final class Builder {
    private boolean self;
    private final Set<Integer> pids = new LinkedHashSet<>();
    private Pattern name;
    private Pattern cmdline;
    private int topByCpu;
    private int topByMemory;
    private int limit = DEFAULT_LIMIT;

    private Builder() {}

    /**
     * Selects this JVM's own process.
     *
     * @return this builder
     */
    public Builder self() {
      this.self = true;
      return this;
    }

    /**
     * Selects these pids while they exist.
     *
     * @param pids process ids
     * @return this builder
     * @throws IllegalArgumentException if one is negative
     */
    public Builder pids(int... pids) {
      return pids(Arrays.stream(pids).boxed().toList());
    }

    /**
     * Selects these pids while they exist, as {@link #pids(int...)}.
     *
     * @param pids process ids
     * @return this builder
     * @throws IllegalArgumentException if one is null or negative
     */
    public Builder pids(Collection<Integer> pids) {
      for (Integer pid : Objects.requireNonNull(pids, "pids")) {
        if (pid == null || pid < 0) {
          throw new IllegalArgumentException("pids must be >= 0, got " + pid);
        }
        this.pids.add(pid);
      }
      return this;
    }

    /**
     * Selects processes whose name contains a match of {@code regex}.
     *
     * @param regex a {@link java.util.regex.Pattern} regular expression
     * @return this builder
     * @throws IllegalArgumentException naming the pattern when it is not a valid regex
     */
    public Builder nameMatching(String regex) {
      this.name = compile("name pattern", regex);
      return this;
    }

    /**
     * Selects processes whose command line (arguments joined by spaces) contains a match.
     *
     * @param regex a {@link java.util.regex.Pattern} regular expression
     * @return this builder
     * @throws IllegalArgumentException naming the pattern when it is not a valid regex
     */
    public Builder cmdlineMatching(String regex) {
      this.cmdline = compile("command-line pattern", regex);
      return this;
    }

    /**
     * Selects the {@code n} processes that used the most CPU time since the previous sample (those
     * that used none are not selected).
     *
     * @param n how many, 0 for none
     * @return this builder
     * @throws IllegalArgumentException unless {@code 0 <= n <= MAX_LIMIT}
     */
    public Builder topByCpu(int n) {
      this.topByCpu = count("topByCpu", n);
      return this;
    }

    /**
     * Selects the {@code n} processes with the most resident memory (those with none, kernel
     * threads, are not selected).
     *
     * @param n how many, 0 for none
     * @return this builder
     * @throws IllegalArgumentException unless {@code 0 <= n <= MAX_LIMIT}
     */
    public Builder topByMemory(int n) {
      this.topByMemory = count("topByMemory", n);
      return this;
    }

    /**
     * At most {@code max} processes carry meters, default {@value ProcessSelection#DEFAULT_LIMIT}.
     *
     * @param max the most processes with meters at once
     * @return this builder
     * @throws IllegalArgumentException unless {@code 1 <= max <= MAX_LIMIT}
     */
    public Builder limit(int max) {
      if (max < 1 || max > MAX_LIMIT) {
        throw new IllegalArgumentException("limit must be within 1.." + MAX_LIMIT + ", got " + max);
      }
      this.limit = max;
      return this;
    }

    /** {@return the selection; the builder may be reused} */
    public ProcessSelection build() {
      return new ProcessSelection(this);
    }

    private static int count(String what, int n) {
      if (n < 0 || n > MAX_LIMIT) {
        throw new IllegalArgumentException(what + " must be within 0.." + MAX_LIMIT + ", got " + n);
      }
      return n;
    }

    private static Pattern compile(String what, String regex) {
      Objects.requireNonNull(regex, what);
      try {
        return Pattern.compile(regex);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            "bad " + what + " '" + regex + "': " + e.getDescription(), e);
      }
    }
  }
}
