package io.github.jpsutil.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jpsutil.api.Feature;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureListingTest {
  /**
   * A provider whose classes implement name, status and the user directory (nice lacks setNice).
   */
  public static final class HalfProvider implements PsutilProvider {
    @Override
    public String name() {
      return "half";
    }

    @Override
    public io.github.jpsutil.api.OperatingSystem os() {
      return io.github.jpsutil.api.OperatingSystem.LINUX;
    }

    @Override
    public boolean isSupported() {
      return false;
    }

    @Override
    public List<Class<?>> implementationClasses() {
      return List.of(FeatureDerivationTest.HalfProcess.class, FeatureDerivationTest.Users.class);
    }

    @Override
    public Backend create(BackendConfig config) {
      throw new UnsupportedOperationException("not used");
    }
  }

  @Test
  void theBuildStepWritesTheDerivationAndReadingGivesItBack(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("sub/HalfProvider.features");
    FeatureListing.main(new String[] {HalfProvider.class.getName(), out.toString()});
    String text = Files.readString(out, StandardCharsets.ISO_8859_1);
    // The same derivation FeatureDerivationTest pins: name and status, not nice (no setNice).
    assertEquals(
        "# derived at build time from "
            + HalfProvider.class.getName()
            + ".implementationClasses() by FeatureDerivation\nPROC_NAME\nPROC_STATUS\n",
        text);
    assertEquals(
        FeatureDerivation.of(new HalfProvider().implementationClasses()),
        FeatureListing.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1))));
  }

  @Test
  void everyFeatureRoundTrips() {
    Set<Feature> all = EnumSet.allOf(Feature.class);
    assertEquals(all, FeatureListing.parse(FeatureListing.text("x.Y", all)));
    assertTrue(FeatureListing.parse("# only a comment\n\n").isEmpty());
    assertEquals(EnumSet.of(Feature.PIDS, Feature.USERS), FeatureListing.parse("PIDS\r\nUSERS"));
  }

  @Test
  void anUnknownNameIsNamedInTheError() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> FeatureListing.parse("PIDS\nNO_SUCH\n"));
    assertEquals("feature listing names no Feature of this api: \"NO_SUCH\"", e.getMessage());
  }

  @Test
  void theBuildStepRejectsBadArguments() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FeatureListing.main(new String[] {String.class.getName(), "/nonexistent/x"}));
    assertEquals("java.lang.String is not a io.github.jpsutil.spi.PsutilProvider", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> FeatureListing.main(new String[0]));
  }
}
