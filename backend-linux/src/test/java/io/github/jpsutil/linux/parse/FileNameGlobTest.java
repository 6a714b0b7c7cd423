package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** glob(7) matching of one file name, as glob(3) does it for ldconfig's include lines. */
class FileNameGlobTest {
  @Test
  void starQuestionMarkSetsAndEscapes() {
    assertThat(FileNameGlob.matches("*.conf", "libc.conf")).isTrue();
    assertThat(FileNameGlob.matches("*.conf", "zz-cuda-13-0.conf")).isTrue();
    assertThat(FileNameGlob.matches("*.conf", "libc.conf.bak")).isFalse();
    assertThat(FileNameGlob.matches("*.conf", ".conf")).as("leading dot").isFalse();
    assertThat(FileNameGlob.matches(".*.conf", ".hidden.conf")).isTrue();
    assertThat(FileNameGlob.matches("lib?.conf", "libc.conf")).isTrue();
    assertThat(FileNameGlob.matches("lib?.conf", "lib.conf")).isFalse();
    assertThat(FileNameGlob.matches("[a-c]*", "b1")).isTrue();
    assertThat(FileNameGlob.matches("[!a-c]*", "b1")).isFalse();
    assertThat(FileNameGlob.matches("[^a-c]*", "d1")).isTrue();
    assertThat(FileNameGlob.matches("[]x]", "]")).isTrue();
    assertThat(FileNameGlob.matches("a\\*", "a*")).isTrue();
    assertThat(FileNameGlob.matches("a\\*", "ab")).isFalse();
    assertThat(FileNameGlob.matches("[ab", "[ab")).as("unclosed set is literal").isTrue();
    assertThat(FileNameGlob.matches("*", "")).isTrue();
    assertThat(FileNameGlob.matches("x*y*z", "xaaybbz")).isTrue();
  }
}
