package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.api.MalformedDataException;
import java.io.IOException;
import java.io.StringReader;
import java.util.OptionalInt;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Physical cores from {@code kern.sched.topology_spec}, the scheduler's CPU topology as XML ({@code
 * <groups><group level="1"><cpu …/><children><group level="2">…}), counted as psutil's {@code
 * cpu_count_cores} does: the {@code group/children/group/cpu} elements under the root (one per
 * second-level group, i.e. per core on an SMT machine).
 */
public final class CpuTopology {
  private CpuTopology() {}

  /**
   * The core count; empty when the XML has no second-level groups, unless the machine has a single
   * logical CPU, which is then one core (psutil's fallback).
   */
  public static OptionalInt physicalCores(String topologySpec, int logicalCpus) {
    // psutil cuts what follows </groups>: the sysctl string may carry a trailing NUL or junk.
    int end = topologySpec.lastIndexOf("</groups>");
    String xml = end < 0 ? topologySpec : topologySpec.substring(0, end + "</groups>".length());
    int cores = 0;
    for (Element group : children(parse(xml), "group")) {
      for (Element kids : children(group, "children")) {
        for (Element core : children(kids, "group")) {
          cores += children(core, "cpu").size();
        }
      }
    }
    if (cores > 0) {
      return OptionalInt.of(cores);
    }
    return logicalCpus == 1 ? OptionalInt.of(1) : OptionalInt.empty();
  }

  private static Element parse(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder()
          .parse(new InputSource(new StringReader(xml)))
          .getDocumentElement();
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new MalformedDataException("kern.sched.topology_spec is not XML: " + e.getMessage(), e);
    }
  }

  private static java.util.List<Element> children(Element parent, String name) {
    java.util.List<Element> out = new java.util.ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }
}
