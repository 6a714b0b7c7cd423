package io.github.jpsutil.windows;

import io.github.jpsutil.api.User;
import io.github.jpsutil.windows.acquire.Reply;
import io.github.jpsutil.windows.acquire.SessionCalls;
import io.github.jpsutil.windows.parse.SessionInformation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * psutil's Windows {@code users()}: one entry per Remote Desktop Services session that has a user,
 * with the client's IPv4 address as host and the session's connect time as started; terminal and
 * pid are None on Windows ({@code _pswindows.users}).
 */
record WindowsSessions(SessionCalls calls) {
  List<User> users() {
    Optional<Reply> sessions = calls.sessions();
    if (sessions.isEmpty()) {
      return List.of();
    }
    Reply list = sessions.get();
    List<User> out = new ArrayList<>();
    for (int id : SessionInformation.sessionIds(list.bytes(), list.needed())) {
      String name =
          SessionInformation.userName(calls.query(id, SessionCalls.WTS_USER_NAME).bytes());
      if (name.isEmpty()) {
        // Services' session 0 and the listener sessions have no user.
        continue;
      }
      Optional<String> host =
          SessionInformation.host(calls.query(id, SessionCalls.WTS_CLIENT_ADDRESS).bytes());
      out.add(
          new User(
              name,
              Optional.empty(),
              host,
              SessionInformation.connectTime(
                  calls.query(id, SessionCalls.WTS_SESSION_INFO).bytes()),
              OptionalInt.empty()));
    }
    return List.copyOf(out);
  }
}
