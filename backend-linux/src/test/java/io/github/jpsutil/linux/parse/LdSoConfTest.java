package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LdSoConfTest {
  @Test
  void directoriesIncludesCommentsAndHwcap() {
    LdSoConf c =
        LdSoConf.parse(
            """
            include /etc/ld.so.conf.d/*.conf
            # libc default configuration
            /usr/local/lib   # trailing comment
            /opt/a:/opt/b,/opt/c\t/opt/d
            hwcap 0 nosegneg
            include\tlocal/*.conf other.conf
            relative/ignored
            """);
    assertThat(c.directories())
        .containsExactly("/usr/local/lib", "/opt/a", "/opt/b", "/opt/c", "/opt/d");
    assertThat(c.includes())
        .containsExactly("/etc/ld.so.conf.d/*.conf", "local/*.conf", "other.conf");
  }

  @Test
  void emptyAndBlankTextHaveNothing() {
    assertThat(LdSoConf.parse("")).isEqualTo(new LdSoConf(List.of(), List.of()));
    assertThat(LdSoConf.parse(" \n#x\n\n")).isEqualTo(new LdSoConf(List.of(), List.of()));
  }
}
