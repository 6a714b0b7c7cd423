package io.github.jpsutil.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** jpsutil-bom pins every artifact the build publishes. */
class BomIT {
  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
  private static final Pattern OWN_ARTIFACT =
      Pattern.compile("</parent>\\s*<artifactId>([^<]+)</artifactId>");
  private static final Pattern BOM_ENTRY =
      Pattern.compile(
          "<groupId>io\\.github\\.jpsutil</groupId><artifactId>([^<]+)</artifactId>"
              + "<version>\\$\\{project\\.version}</version>");

  @Test
  void theBomPinsEveryPublishedModuleAndJna() throws IOException {
    Path root = Path.of(System.getProperty("jpsutil.root"));
    List<String> published = new ArrayList<>();
    for (Matcher m = MODULE.matcher(Files.readString(root.resolve("pom.xml"))); m.find(); ) {
      String module = m.group(1);
      String pom = Files.readString(root.resolve(module).resolve("pom.xml"));
      if (List.of("bom", "itests", "benchmarks", "reliability").contains(module)
          || pom.contains("<maven.deploy.skip>true</maven.deploy.skip>")) {
        continue; // the BOM itself, and what is never published (tests, benchmarks)
      }
      Matcher own = OWN_ARTIFACT.matcher(pom);
      assertThat(own.find()).as(module).isTrue();
      published.add(own.group(1));
    }
    String bom = Files.readString(root.resolve("bom/pom.xml"));
    List<String> pinned = new ArrayList<>();
    for (Matcher m = BOM_ENTRY.matcher(bom); m.find(); ) {
      pinned.add(m.group(1));
    }
    assertThat(pinned).containsExactlyInAnyOrderElementsOf(published);
    assertThat(bom).contains("<type>xml</type><classifier>features</classifier>");
    String jnaVersion =
        Files.readString(root.resolve("pom.xml")).replaceAll("(?s).*<jna.version>([^<]+)<.*", "$1");
    assertThat(bom).contains("<artifactId>jna</artifactId><version>" + jnaVersion + "</version>");
  }
}
