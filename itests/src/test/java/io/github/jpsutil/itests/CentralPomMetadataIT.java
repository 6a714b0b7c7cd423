package io.github.jpsutil.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What Maven Central requires of every published artifact (its "Requirements" page: name,
 * description, url, a licence, developers and scm in the POM; a -sources and a -javadoc jar beside
 * every jar), read from the module POMs with Maven's inheritance rules and from the jars the
 * reactor built.
 *
 * <p>Inheritance, as Maven's model builder applies it: {@code name} is never inherited (each module
 * must say it); {@code description}, {@code url}, {@code licenses}, {@code developers} and {@code
 * scm} are taken from the parent when the module has none, and the parent switches off the
 * appending of the artifactId to the urls.
 */
class CentralPomMetadataIT {
  private static final Path ROOT = Path.of(System.getProperty("jpsutil.root"));
  private static final String VERSION = System.getProperty("jpsutil.version");
  private static final String REPOSITORY = "https://github.com/jpsutil/jpsutil";

  @Test
  void everyPublishedPomCarriesWhatCentralRequires() throws Exception {
    Element parent = pom(ROOT.resolve("pom.xml"));
    assertThat(parent.getAttribute("child.project.url.inherit.append.path")).isEqualTo("false");
    Element parentScm = child(parent, "scm");
    for (String attribute : List.of("connection", "developerConnection", "url")) {
      assertThat(parentScm.getAttribute("child.scm." + attribute + ".inherit.append.path"))
          .as(attribute)
          .isEqualTo("false");
    }
    List<String> checked = new ArrayList<>();
    checkMetadata("jpsutil-parent", parent, null);
    checked.add("jpsutil-parent");
    for (String module : publishedModules()) {
      Element pom = pom(ROOT.resolve(module).resolve("pom.xml"));
      String artifactId = text(pom, "artifactId");
      boolean hasParent = child(pom, "parent") != null;
      checkMetadata(artifactId, pom, hasParent ? parent : null);
      checked.add(artifactId);
    }
    // The parent, the BOM, the features repository and the thirteen jars.
    assertThat(checked)
        .contains(
            "jpsutil-parent",
            "jpsutil-bom",
            "jpsutil-features",
            "jpsutil-api",
            "jpsutil-core",
            "jpsutil-backend-linux",
            "jpsutil-cli");
  }

  @Test
  void everyPublishedJarHasSourcesAndJavadocJars() throws Exception {
    int jars = 0;
    for (String module : publishedModules()) {
      Element pom = pom(ROOT.resolve(module).resolve("pom.xml"));
      if (child(pom, "packaging") != null) {
        continue; // pom packaging: the BOM and the features repository have no classes
      }
      String artifactId = text(pom, "artifactId");
      Path target = ROOT.resolve(module).resolve("target");
      Path sources = target.resolve(artifactId + "-" + VERSION + "-sources.jar");
      Path javadoc = target.resolve(artifactId + "-" + VERSION + "-javadoc.jar");
      try (ZipFile zip = new ZipFile(sources.toFile())) {
        assertThat(zip.stream().anyMatch(e -> e.getName().endsWith(".java")))
            .as(sources.toString())
            .isTrue();
      }
      try (ZipFile zip = new ZipFile(javadoc.toFile())) {
        assertThat(zip.getEntry("index.html")).as(javadoc + " index.html").isNotNull();
        assertThat(zip.getEntry("element-list")).as(javadoc + " element-list").isNotNull();
      }
      jars++;
    }
    // api, spi, core, posix, unix, five backends, cli, shell, shell-karaf, metrics-micrometer.
    assertThat(jars).isGreaterThanOrEqualTo(14);
  }

  @Test
  void coresJavadocHasTheGettingStartedOverview() throws Exception {
    Path javadoc = ROOT.resolve("core/target/jpsutil-core-" + VERSION + "-javadoc.jar");
    try (ZipFile zip = new ZipFile(javadoc.toFile())) {
      String index = new String(zip.getInputStream(zip.getEntry("index.html")).readAllBytes());
      assertThat(index).contains("Getting started").contains("Psutil.local()");
    }
  }

  /** The release profile's bundle leaves out exactly the modules that skip deploy. */
  @Test
  void theReleaseBundleExcludesExactlyTheUnpublishedModules() throws Exception {
    String parentPom = Files.readString(ROOT.resolve("pom.xml"));
    List<String> excluded = new ArrayList<>();
    var m =
        java.util.regex.Pattern.compile("<excludeArtifact>([^<]+)</excludeArtifact>")
            .matcher(parentPom);
    while (m.find()) {
      excluded.add(m.group(1));
    }
    List<String> unpublished = new ArrayList<>();
    for (String module : modules()) {
      Element pom = pom(ROOT.resolve(module).resolve("pom.xml"));
      if (skipsDeploy(pom)) {
        unpublished.add(text(pom, "artifactId"));
      }
    }
    assertThat(excluded).containsExactlyInAnyOrderElementsOf(unpublished);
    assertThat(unpublished).contains("jpsutil-itests", "jpsutil-testkit");
  }

  private static void checkMetadata(String artifactId, Element pom, Element parent) {
    assertThat(text(pom, "name")).as(artifactId + " name").isNotBlank();
    assertThat(inherited(pom, parent, "description").getTextContent().strip())
        .as(artifactId + " description")
        .isNotBlank();
    assertThat(inherited(pom, parent, "url").getTextContent().strip())
        .as(artifactId + " url")
        .isEqualTo(REPOSITORY);
    Element license = child(inherited(pom, parent, "licenses"), "license");
    assertThat(text(license, "name")).as(artifactId + " licence").isEqualTo("BSD-3-Clause");
    assertThat(text(license, "url")).as(artifactId + " licence url").startsWith("https://");
    Element developer = child(inherited(pom, parent, "developers"), "developer");
    assertThat(text(developer, "name")).as(artifactId + " developer").isNotBlank();
    Element scm = inherited(pom, parent, "scm");
    assertThat(text(scm, "connection")).as(artifactId + " scm").startsWith("scm:git:");
    assertThat(text(scm, "developerConnection")).as(artifactId + " scm").startsWith("scm:git:");
    assertThat(text(scm, "url")).as(artifactId + " scm url").isEqualTo(REPOSITORY);
  }

  private static Element inherited(Element pom, Element parent, String name) {
    Element own = child(pom, name);
    if (own != null || parent == null) {
      assertThat(own).as(name + " in " + text(pom, "artifactId")).isNotNull();
      return own;
    }
    Element fromParent = child(parent, name);
    assertThat(fromParent).as(name + " in the parent").isNotNull();
    return fromParent;
  }

  private static List<String> modules() throws Exception {
    List<String> modules = new ArrayList<>();
    for (Node n = child(pom(ROOT.resolve("pom.xml")), "modules").getFirstChild();
        n != null;
        n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals("module")) {
        modules.add(e.getTextContent().strip());
      }
    }
    return modules;
  }

  private static List<String> publishedModules() throws Exception {
    List<String> published = new ArrayList<>();
    for (String module : modules()) {
      if (!skipsDeploy(pom(ROOT.resolve(module).resolve("pom.xml")))) {
        published.add(module);
      }
    }
    return published;
  }

  private static boolean skipsDeploy(Element pom) {
    Element properties = child(pom, "properties");
    return properties != null && "true".equals(text(properties, "maven.deploy.skip"));
  }

  private static Element pom(Path file) throws Exception {
    if (!Files.isRegularFile(file)) {
      throw new IOException("no POM at " + file);
    }
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    Document document = factory.newDocumentBuilder().parse(file.toFile());
    return document.getDocumentElement();
  }

  /** The direct child element with that tag name, or null. */
  private static Element child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    return null;
  }

  private static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? null : e.getTextContent().strip();
  }
}
