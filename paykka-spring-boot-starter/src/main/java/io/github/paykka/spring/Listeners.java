package io.github.paykka.spring;

import io.github.paykka.domain.notification.Notification;
import io.github.paykka.http.ResilienceEvent;
import io.github.paykka.http.ResilienceListener;
import io.github.paykka.ports.notification.NotificationListener;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The application's listener beans as the one listener each builder takes. */
final class Listeners {
  private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

  private Listeners() {}

  /**
   * Every notification listener, in order; the first that throws stops the rest, so that PayKKa delivers the
   * notification again (and every listener sees it again: they must be idempotent, as with any redelivery).
   */
  static NotificationListener notifications(List<NotificationListener> listeners) {
    if (listeners.size() == 1) return listeners.get(0);
    List<NotificationListener> all = List.copyOf(listeners);
    return new NotificationListener() {
      @Override
      public void onNotification(Notification notification) throws Exception {
        for (NotificationListener l : all) l.onNotification(notification);
      }

      @Override
      public String toString() {
        return "NotificationListeners" + all;
      }
    };
  }

  /** Every resilience listener, each called even when another throws. */
  static ResilienceListener resilience(List<ResilienceListener> listeners) {
    if (listeners.isEmpty()) return ResilienceListener.NONE;
    if (listeners.size() == 1) return listeners.get(0);
    List<ResilienceListener> all = List.copyOf(listeners);
    return new ResilienceListener() {
      @Override
      public void onEvent(ResilienceEvent event) {
        for (ResilienceListener l : all) {
          try {
            l.onEvent(event);
          } catch (RuntimeException e) {
            LOG.warn("resilience listener {} failed on {}: {}", l, event.getClass().getSimpleName(),
                e.getClass().getName());
          }
        }
      }

      @Override
      public String toString() {
        return "ResilienceListeners" + all;
      }
    };
  }
}
