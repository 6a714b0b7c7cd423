package io.github.jpsutil.cli.commands;

import static io.github.jpsutil.cli.commands.Records.MEMORY;
import static io.github.jpsutil.cli.commands.Records.SWAP;
import static io.github.jpsutil.cli.commands.Records.available;
import static io.github.jpsutil.cli.commands.Records.unavailable;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.VirtualMemory;
import io.github.jpsutil.cli.Probe;
import io.github.jpsutil.cli.json.JsonWriter;
import org.junit.jupiter.api.Test;

class MemoryRenderTest {
  private static final Probe<VirtualMemory> VM = available("virtual_memory", MEMORY);
  private static final Probe<SwapMemory> SW = available("swap_memory", SWAP);

  @Test
  void freeIsPsutilsTableInKib() {
    assertThat(FreeCommand.render(VM, SW))
        .isEqualTo(
            String.join(
                "\n",
                "             total       used       free     shared    buffers      cache",
                "Mem:      10125520    8625996    1499524          0     349500    3307836",
                "Swap:      2097148       1024    2096124",
                ""));
  }

  @Test
  void freeShowsADashForColumnsTheOsDoesNotHave() {
    VirtualMemory mac = new VirtualMemory.MacOs(8192, 4096, 50.0, 4096, 2048, 1024, 1024, 1024);
    assertThat(FreeCommand.render(available("virtual_memory", mac), SW).lines())
        .element(1)
        .isEqualTo("Mem:             8          4          2          -          -          -");
  }

  @Test
  void freeReportsUnavailableFunctionsInsteadOfRows() {
    Probe<SwapMemory> none = unavailable("swap_memory", "swapMemory: not implemented yet");
    assertThat(FreeCommand.render(VM, none))
        .endsWith("swap_memory: not available on this OS (swapMemory: not implemented yet)\n")
        .contains("Mem:")
        .doesNotContain("Swap:");
    assertThat(
            FreeCommand.render(unavailable("virtual_memory", "x"), unavailable("swap_memory", "")))
        .isEqualTo(
            "virtual_memory: not available on this OS (x)\n"
                + "swap_memory: not available on this OS\n");
  }

  @Test
  void freeJsonUsesPsutilFunctionAndFieldNamesInBytes() {
    String json = new JsonWriter(0).write(FreeCommand.json(VM, unavailable("swap_memory", "")));
    assertThat(json)
        .isEqualTo(
            "{\"virtual_memory\":{\"total\":10368532480,\"available\":5261000704,"
                + "\"percent\":49.3,\"used\":8833019904,\"free\":1535512576,"
                + "\"active\":6012954624,\"inactive\":2254857216,\"buffers\":357888000,"
                + "\"cached\":3387224064,\"shared\":0,\"slab\":412000256},"
                + "\"swap_memory\":null}");
  }

  @Test
  void meminfoListsEveryFieldHumanReadable() {
    assertThat(MeminfoCommand.render(VM, SW))
        .isEqualTo(
            String.join(
                "\n",
                "MEMORY",
                "------",
                "Total      :    9.7G",
                "Available  :    4.9G",
                "Percent    :    49.3",
                "Used       :    8.2G",
                "Free       :    1.4G",
                "Active     :    5.6G",
                "Inactive   :    2.1G",
                "Buffers    :  341.3M",
                "Cached     :    3.2G",
                "Shared     :    0.0B",
                "Slab       :  392.9M",
                "",
                "SWAP",
                "----",
                "Total      :    2.0G",
                "Used       :    1.0M",
                "Free       :    2.0G",
                "Percent    :     0.0",
                "Sin        :    4.0K",
                "Sout       :    0.0B",
                ""));
  }

  @Test
  void meminfoSectionSaysWhenUnavailable() {
    assertThat(MeminfoCommand.render(unavailable("virtual_memory", "why"), SW))
        .startsWith("MEMORY\n------\nvirtual_memory: not available on this OS (why)\n\nSWAP\n");
  }

  @Test
  void capitalizeIsPythons() {
    assertThat(MeminfoCommand.capitalize("sIN")).isEqualTo("Sin");
    assertThat(MeminfoCommand.capitalize("")).isEqualTo("");
  }
}
