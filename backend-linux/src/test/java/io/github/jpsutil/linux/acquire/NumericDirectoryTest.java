package io.github.jpsutil.linux.acquire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class NumericDirectoryTest {
  @Test
  void listsTheNumericEntriesOfADirectory(@TempDir Path dir) throws IOException {
    for (String name : new String[] {"1", "20", "abc", "300", "12x", "4194304", "99999999999"}) {
      Files.createDirectory(dir.resolve(name));
    }
    Files.createFile(dir.resolve("7"));
    int[] got = NumericDirectory.list(dir);
    Arrays.sort(got);
    assertThat(got).containsExactly(1, 7, 20, 300, 4194304);
  }

  /** One Names buffer reused for listings of different sizes holds exactly the last one. */
  @Test
  void aReusedBufferHoldsOnlyTheLastListing(@TempDir Path dir) throws IOException {
    Path big = Files.createDirectory(dir.resolve("big"));
    for (int i = 0; i < 200; i++) {
      Files.createFile(big.resolve(Integer.toString(i)));
    }
    Path small = Files.createDirectory(dir.resolve("small"));
    Files.createFile(small.resolve("5"));
    Files.createFile(small.resolve("x"));
    NumericDirectory.Names names = new NumericDirectory.Names();
    NumericDirectory.list(cPath(big), big, names);
    assertThat(names.count()).isEqualTo(200);
    NumericDirectory.list(cPath(small), small, names);
    assertThat(names.count()).isEqualTo(1);
    assertThat(names.get(0)).isEqualTo(5);
    assertThatThrownBy(() -> names.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> NumericDirectory.list(cPath(dir.resolve("gone")), dir, names))
        .isInstanceOf(NoSuchFileException.class);
  }

  /** The path's bytes, NUL-terminated, with stale bytes after the NUL as a reused array has. */
  private static byte[] cPath(Path p) {
    byte[] b = p.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] c = Arrays.copyOf(b, b.length + 8);
    Arrays.fill(c, b.length + 1, c.length, (byte) 'z');
    return c;
  }

  @Test
  void aMissingDirectoryIsNoSuchFile(@TempDir Path dir) {
    assertThatThrownBy(() -> NumericDirectory.list(dir.resolve("gone")))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void manyEntriesSpanSeveralCalls(@TempDir Path dir) throws IOException {
    // 3,000 entries of 24-32 bytes need more than one 32 KiB getdents64 call.
    for (int i = 0; i < 3000; i++) {
      Files.createFile(dir.resolve(Integer.toString(i * 7)));
    }
    int[] got = NumericDirectory.list(dir);
    assertThat(got).hasSize(3000);
    Arrays.sort(got);
    assertThat(got[2999]).isEqualTo(2999 * 7);
  }

  /** Against the JDK's own listing of /proc; processes may come and go in between (tolerance 5). */
  @Test
  @EnabledOnOs(OS.LINUX)
  void matchesTheJdkListingOfProc() throws IOException {
    Set<Integer> jdk = new TreeSet<>();
    try (Stream<Path> s = Files.list(Path.of("/proc"))) {
      s.map(p -> p.getFileName().toString())
          .filter(n -> n.chars().allMatch(Character::isDigit))
          .forEach(n -> jdk.add(Integer.parseInt(n)));
    }
    Set<Integer> ours = new TreeSet<>();
    for (int p : NumericDirectory.list(Path.of("/proc"))) {
      ours.add(p);
    }
    assertThat(ours).contains(1, (int) ProcessHandle.current().pid());
    Set<Integer> diff = new TreeSet<>(jdk);
    diff.addAll(ours);
    Set<Integer> both = new TreeSet<>(jdk);
    both.retainAll(ours);
    diff.removeAll(both);
    assertThat(diff).hasSizeLessThanOrEqualTo(5);
  }
}
