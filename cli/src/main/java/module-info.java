/** The {@code jpsutil} command-line tools, after psutil's example scripts. */
module io.github.jpsutil.cli {
  requires io.github.jpsutil;
}
