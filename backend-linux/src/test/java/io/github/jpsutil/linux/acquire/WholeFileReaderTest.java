package io.github.jpsutil.linux.acquire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WholeFileReaderTest {
  @TempDir Path tmp;
  private final WholeFileReader reader = new WholeFileReader();

  @Test
  void readsFilesOfEverySizeExactly() throws Exception {
    Random rnd = new Random(3);
    for (int size : new int[] {0, 1, 8191, 8192, 8193, 100_000, 3 << 20}) {
      byte[] data = new byte[size];
      rnd.nextBytes(data);
      Path f = Files.write(tmp.resolve("f" + size), data);
      assertThat(reader.read(f, WholeFileReader.COPY)).isEqualTo(data);
      int len = reader.read(f, (b, n) -> n);
      assertThat(len).isEqualTo(size);
    }
  }

  /** On regular files a short first read is the end anyway: every size must come back whole. */
  @Test
  void seqTablesOfEverySizeAreReadExactly() throws Exception {
    Random rnd = new Random(5);
    int below = WholeFileReader.SEQ_END_BELOW;
    for (int size : new int[] {0, 1, below - 1, below, below + 1, 4096, 8192, 8193, 100_000}) {
      byte[] data = new byte[size];
      rnd.nextBytes(data);
      Path f = Files.write(tmp.resolve("t" + size), data);
      byte[] got = reader.readSeqTable(f, (b, n) -> Arrays.copyOf(b, n));
      assertThat(got).isEqualTo(data);
    }
  }

  @Test
  void procfsFilesThatReportSizeZeroAreReadToTheEnd() throws Exception {
    byte[] maps = reader.read(Path.of("/proc/self/maps"), WholeFileReader.COPY);
    assertThat(maps.length).isGreaterThan(0);
    assertThat(Files.size(Path.of("/proc/self/maps"))).isZero();
    assertThat(new String(maps, java.nio.charset.StandardCharsets.ISO_8859_1)).endsWith("\n");
  }

  @Test
  void aParserThatReadsAnotherFileDoesNotClobberItsBuffer() throws Exception {
    Path a = Files.writeString(tmp.resolve("a"), "outer-content");
    Path b = Files.writeString(tmp.resolve("b"), "inner");
    String got =
        reader.read(
            a,
            (buf, len) -> {
              byte[] inner = uncheckedRead(b);
              return new String(Arrays.copyOf(buf, len)) + "+" + new String(inner);
            });
    assertThat(got).isEqualTo("outer-content+inner");
  }

  @Test
  void missingFileIsTheJdkException() {
    assertThatThrownBy(() -> reader.read(tmp.resolve("none"), WholeFileReader.COPY))
        .isInstanceOf(NoSuchFileException.class);
  }

  /**
   * A stat file opened before the process was reaped reaches nothing after it (proc(5): the open
   * file holds the process, not its number): reading it again fails as gone (ESRCH), so a reused
   * pid's files are never read through it, and a read that succeeds proves the process exists.
   */
  @Test
  void aHeldStatReadsItsProcessAgainAndFailsWithEsrchOnceItIsReaped() throws Exception {
    Process child = new ProcessBuilder("sleep", "60").start();
    try (HeldFile stat = reader.hold("/proc/" + child.pid() + "/stat")) {
      for (int i = 0; i < 2; i++) {
        String text = reader.readHeld(stat, (b, n) -> new String(b, 0, n));
        assertThat(text).startsWith(child.pid() + " (sleep) ");
      }
      child.destroyForcibly();
      child.waitFor();
      assertThatThrownBy(() -> reader.readHeld(stat, (b, n) -> n))
          .isInstanceOfSatisfying(
              java.io.IOException.class,
              e -> assertThat(FileError.of(e)).as(e.toString()).isEqualTo(FileError.NO_PROCESS))
          .hasMessageContaining("/proc/" + child.pid() + "/stat");
    } finally {
      child.destroyForcibly();
    }
  }

  private byte[] uncheckedRead(Path p) {
    try {
      return reader.read(p, WholeFileReader.COPY);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
