package io.github.jpsutil.spi;

import io.github.jpsutil.api.Feature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * A backend's {@link FeatureDerivation derived} features, written by the build and read at run
 * time. Deriving them in a fresh JVM costs tens of milliseconds: {@code Class.getMethod} resolves
 * every api type named in the spi's signatures. The build runs {@link #main} on the compiled
 * backend (the derivation itself, never a hand list), and each backend's contract test holds the
 * file equal to a run-time derivation; a backend without the file derives at run time.
 *
 * <p>The format is one {@link Feature} name per line; lines starting with {@code #} are comments.
 */
public final class FeatureListing {
  private FeatureListing() {}

  /**
   * Build step: {@code FeatureListing <provider class> <output file>} writes the features derived
   * from the provider's {@link PsutilProvider#implementationClasses()}.
   *
   * @param args the provider's class name and the file to write
   * @throws ReflectiveOperationException if the provider class cannot be loaded or constructed
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws ReflectiveOperationException, IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException(
          "usage: FeatureListing <provider class name> <output file>, got "
              + args.length
              + " args");
    }
    Object p = Class.forName(args[0]).getDeclaredConstructor().newInstance();
    if (!(p instanceof PsutilProvider provider)) {
      throw new IllegalArgumentException(args[0] + " is not a " + PsutilProvider.class.getName());
    }
    Set<Feature> derived = FeatureDerivation.of(provider.implementationClasses());
    Path out = Path.of(args[1]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, text(args[0], derived), StandardCharsets.ISO_8859_1);
  }

  /** The file's text for {@code features}, in declaration order. */
  static String text(String providerClass, Set<Feature> features) {
    StringBuilder sb =
        new StringBuilder("# derived at build time from ")
            .append(providerClass)
            .append(".implementationClasses() by FeatureDerivation\n");
    for (Feature f : Feature.values()) {
      if (features.contains(f)) {
        sb.append(f.name()).append('\n');
      }
    }
    return sb.toString();
  }

  /**
   * The features listed in {@code in} (the stream is read to its end, not closed).
   *
   * @param in the listing, as written by {@link #main}
   * @return the features it names
   * @throws IOException if reading {@code in} fails
   * @throws IllegalStateException naming a line that is no {@link Feature} (a listing built against
   *     another api version)
   */
  public static Set<Feature> read(InputStream in) throws IOException {
    return parse(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
  }

  /** {@link #read} on text. Plain loops: this runs on a fresh JVM's start-up path. */
  static Set<Feature> parse(String text) {
    Feature[] all = Feature.values();
    Set<Feature> out = EnumSet.noneOf(Feature.class);
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end).strip();
      start = end + 1;
      if (line.isEmpty() || line.charAt(0) == '#') {
        continue;
      }
      Feature found = null;
      for (Feature f : all) {
        if (f.name().equals(line)) {
          found = f;
          break;
        }
      }
      if (found == null) {
        throw new IllegalStateException(
            "feature listing names no Feature of this api: \"" + line + "\"");
      }
      out.add(found);
    }
    return out;
  }
}
