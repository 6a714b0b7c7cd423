package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.api.MalformedDataException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Physical cores from {@code kern.sched.topology_spec}, the scheduler's CPU topology as XML ({@code
 * <groups><group level="1"><cpu …/><children><group level="2">…}), counted as psutil's {@code
 * cpu_count_cores} does: the {@code group/children/group/cpu} elements under the root (one per
 * second-level group, i.e. per core on an SMT machine). Read by a small tag scanner rather than
 * {@code javax.xml}: the kernel writes plain elements and attributes only, and requiring the {@code
 * java.xml} module would add it to every FreeBSD deployment (slim sets, jlink images).
 */
public final class CpuTopology {
  private static final List<String> CORE_PATH = List.of("group", "children", "group");

  private CpuTopology() {}

  /**
   * The core count; empty when the XML has no second-level groups, unless the machine has a single
   * logical CPU, which is then one core (psutil's fallback).
   *
   * @throws MalformedDataException when tags are unterminated or unbalanced
   */
  public static OptionalInt physicalCores(String topologySpec, int logicalCpus) {
    // psutil cuts what follows </groups>: the sysctl string may carry a trailing NUL or junk.
    int end = topologySpec.lastIndexOf("</groups>");
    String xml = end < 0 ? topologySpec : topologySpec.substring(0, end + "</groups>".length());
    int cores = countCoreCpus(xml);
    if (cores > 0) {
      return OptionalInt.of(cores);
    }
    return logicalCpus == 1 ? OptionalInt.of(1) : OptionalInt.empty();
  }

  private static int countCoreCpus(String xml) {
    List<String> open = new ArrayList<>();
    int cores = 0;
    boolean sawRoot = false;
    int i = xml.indexOf('<');
    while (i >= 0) {
      int close = tagEnd(xml, i);
      String tag = xml.substring(i + 1, close);
      if (tag.startsWith("?") || tag.startsWith("!")) {
        // <?xml …?> and comments carry no elements
      } else if (tag.startsWith("/")) {
        String name = tag.substring(1).strip();
        if (open.isEmpty() || !open.get(open.size() - 1).equals(name)) {
          throw malformed("</" + name + "> closes " + (open.isEmpty() ? "nothing" : open));
        }
        open.remove(open.size() - 1);
      } else {
        String name = elementName(tag);
        if (open.isEmpty() && sawRoot) {
          throw malformed("a second root element <" + name + ">");
        }
        sawRoot = true;
        if (name.equals("cpu") && open.size() == 4 && open.subList(1, 4).equals(CORE_PATH)) {
          cores++;
        }
        if (!tag.endsWith("/")) {
          open.add(name);
        }
      }
      i = xml.indexOf('<', close + 1);
    }
    if (!open.isEmpty()) {
      throw malformed("unclosed elements " + open);
    }
    return cores;
  }

  /** The index of the {@code >} ending the tag at {@code start}, skipping quoted attributes. */
  private static int tagEnd(String xml, int start) {
    char quote = 0;
    for (int j = start + 1; j < xml.length(); j++) {
      char c = xml.charAt(j);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return j;
      }
    }
    throw malformed("a tag at offset " + start + " is not closed");
  }

  private static String elementName(String tag) {
    int j = 0;
    while (j < tag.length() && !Character.isWhitespace(tag.charAt(j)) && tag.charAt(j) != '/') {
      j++;
    }
    if (j == 0) {
      throw malformed("an element without a name: <" + tag + ">");
    }
    return tag.substring(0, j);
  }

  private static MalformedDataException malformed(String what) {
    return new MalformedDataException("kern.sched.topology_spec is not well-formed: " + what);
  }
}
