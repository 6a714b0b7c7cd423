package io.github.jpsutil;

import io.github.jpsutil.api.ProcessAttr;
import java.util.Map;

/**
 * What {@code processIter(attrs, adValue)} read for one handle: {@code values} as psutil's {@code
 * info} dict shows them (denied attributes hold {@code adValue}), and the AccessDenied or
 * ZombieProcess each denied attribute raised. A typed getter cannot return an arbitrary {@code
 * adValue} as psutil's methods do, so for a denied attribute it raises that exception again (the
 * same a direct call would have raised), never a ClassCastException at the caller.
 */
record Prefetch(Map<ProcessAttr, Object> values, Map<ProcessAttr, RuntimeException> denied) {
  static final Prefetch NONE = new Prefetch(Map.of(), Map.of());

  boolean has(ProcessAttr attr) {
    return values.containsKey(attr);
  }
}
