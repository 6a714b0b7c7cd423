package io.github.jpsutil.api;

/**
 * Context switches of a process (psutil's {@code pctxsw}). On Windows and macOS {@code voluntary}
 * is the total and {@code involuntary} 0.
 */
public record CtxSwitches(long voluntary, long involuntary) {
  public CtxSwitches {
    Check.nonNegative("voluntary", voluntary);
    Check.nonNegative("involuntary", involuntary);
  }
}
