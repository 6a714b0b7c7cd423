/**
 * jpsutil's stable value types: the records every psutil function returns, the enums of psutil's
 * constant groups, and the exceptions. Depends on nothing.
 */
module io.github.jpsutil.api {
  exports io.github.jpsutil.api;
}
