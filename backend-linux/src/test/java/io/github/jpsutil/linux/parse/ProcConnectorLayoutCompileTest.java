package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.spi.Abi;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.testkit.LayoutCompiler;
import io.github.jpsutil.testkit.LayoutDeclarations;
import java.lang.invoke.MethodHandles;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every struct this backend declares, compiled by gcc as {@code _Static_assert}s against the
 * installed Linux UAPI headers ({@code linux-libc-dev}): a wrong offset, width or size fails here.
 */
class ProcConnectorLayoutCompileTest {
  private static final List<CStruct> STRUCTS =
      LayoutDeclarations.collect(MethodHandles.lookup(), ProcConnectorMessages.class);

  @Test
  void declarationsAreFound() {
    assertThat(STRUCTS)
        .extracting(CStruct::name)
        .contains("struct nlmsghdr", "struct sockaddr_nl", "struct cn_msg", "struct proc_event");
  }

  @Test
  void layoutsCompileAgainstTheKernelHeaders() {
    LayoutCompiler.forAbi(Abi.LINUX_X86_64).check(STRUCTS);
  }
}
