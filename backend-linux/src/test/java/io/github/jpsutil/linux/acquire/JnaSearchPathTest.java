package io.github.jpsutil.linux.acquire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@EnabledOnOs(OS.LINUX)
class JnaSearchPathTest {
  @TempDir Path tmp;

  @Test
  void directoriesFollowIncludesInOrderAndKeepOnlyExistingOnes() throws IOException {
    Path a = Files.createDirectories(tmp.resolve("liba"));
    Path b = Files.createDirectories(tmp.resolve("libb"));
    Path d = Files.createDirectories(tmp.resolve("conf.d"));
    Files.writeString(d.resolve("2-b.conf"), b + "\n");
    Files.writeString(d.resolve("1-a.conf"), a + "\n/no/such/dir\n");
    Files.writeString(d.resolve("ignored.txt"), "/lib\n");
    Path conf = tmp.resolve("ld.so.conf");
    Files.writeString(conf, "include conf.d/*.conf\ninclude " + conf + "\n");
    assertThat(JnaSearchPath.directories(conf))
        .startsWith(a.toString(), b.toString())
        .doesNotContain("/no/such/dir")
        .allSatisfy(dir -> assertThat(Path.of(dir)).isDirectory());
  }

  @Test
  void withoutConfigurationTheTrustedDirectoriesRemain() {
    assertThat(JnaSearchPath.directories(tmp.resolve("missing"))).isNotEmpty().contains("/usr/lib");
  }

  /** The property is what keeps JNA's NativeLibrary from running /sbin/ldconfig -p. */
  @Test
  void thePropertyIsSetOnceTheBackendIsCreated() {
    JnaSearchPath.avoidLdconfig();
    assertThat(System.getProperty(JnaSearchPath.PROPERTY)).isNotBlank();
  }
}
