package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** /etc/nsswitch.conf (nsswitch.conf(5)) and /etc/passwd (passwd(5)) from hand-written texts. */
class PasswdParsersTest {
  @Test
  void filesFirstOnlyWhenFilesIsTheFirstPlainServiceOfTheFirstPasswdLine() {
    assertThat(NsswitchPasswd.filesFirst("passwd:         files systemd\ngroup: files\n")).isTrue();
    assertThat(NsswitchPasswd.filesFirst("# comment\npasswd: files\n")).isTrue();
    assertThat(NsswitchPasswd.filesFirst("passwd:\tfiles # local first\n")).isTrue();
    assertThat(NsswitchPasswd.filesFirst("passwd: sss files\n")).isFalse();
    assertThat(NsswitchPasswd.filesFirst("passwd: compat\n")).isFalse();
    assertThat(NsswitchPasswd.filesFirst("passwd: files [SUCCESS=continue] ldap\n")).isFalse();
    assertThat(NsswitchPasswd.filesFirst("group: files\n")).isFalse();
    assertThat(NsswitchPasswd.filesFirst("#passwd: files\npasswd: ldap files\n")).isFalse();
    assertThat(NsswitchPasswd.filesFirst("")).isFalse();
  }

  @Test
  void namesByUidTakesTheFirstLineOfAUidAndSkipsWhatGlibcSkips() {
    String text =
        "root:x:0:0:root:/root:/bin/bash\n"
            + "# comment:x:5:5::/:/bin/sh\n"
            + "+nisuser::::::\n"
            + "toor:x:0:0:second root:/root:/bin/sh\n"
            + "broken line without colons\n"
            + "bad:x:12a:1::/:/bin/sh\n"
            + "\n"
            + "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n"
            + "big:x:4294967294:1::/:/bin/sh";
    Map<Integer, String> m = PasswdFile.namesByUid(text);
    assertThat(m)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(0, "root", 65534, "nobody", (int) 4294967294L, "big"));
  }
}
