package io.github.paykka.http;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every resilience event, for assertions. */
final class Recorder implements ResilienceListener {
  final List<ResilienceEvent> events = new CopyOnWriteArrayList<>();

  @Override
  public void onEvent(ResilienceEvent event) {
    events.add(event);
  }

  long count(Class<? extends ResilienceEvent> type) {
    return events.stream().filter(type::isInstance).count();
  }
}
