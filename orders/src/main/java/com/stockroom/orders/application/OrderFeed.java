package com.stockroom.orders.application;

import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.security.Caller;
import com.stockroom.orders.domain.FeedPosition;
import com.stockroom.orders.persistence.FeedEvent;
import com.stockroom.orders.persistence.FeedRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The live order feed of this node. Every node polls the feed table while someone listens, and
 * passes each new event to its listeners: staff get every event, a customer their own. A client
 * that reconnects with {@code Last-Event-ID} first gets every event after that position, then the
 * live ones, without a gap or a repeat: positions only ever grow ({@link FeedRepository}).
 */
@Singleton
@Startup
@DependsOn("OrdersSchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OrderFeed {

  private static final Logger LOG = Logger.getLogger(OrderFeed.class);
  private static final int BATCH = 500;
  private static final long HEARTBEAT_NANOS = TimeUnit.SECONDS.toNanos(15);

  /** One connected client. */
  private static final class Listener {
    final SseEventSink sink;
    final Sse sse;
    final Long customerId;
    FeedPosition position;

    Listener(SseEventSink sink, Sse sse, Long customerId, FeedPosition position) {
      this.sink = sink;
      this.sse = sse;
      this.customerId = customerId;
      this.position = position;
    }

    /** Passes the event on if it is new to this client and about what it may see. */
    void offer(FeedEvent event) {
      if (!event.position().isAfter(position)) {
        return;
      }
      if (customerId == null || customerId == event.customerId()) {
        send(this, event);
      }
      position = event.position();
    }
  }

  @Resource TimerService timers;

  @Inject FeedRepository feed;

  @Inject OrdersSettings settings;

  private final List<Listener> listeners = new ArrayList<>();
  private long lastHeartbeat = System.nanoTime();

  @PostConstruct
  void start() {
    long interval = Math.max(50, settings.feedPollInterval().toMillis());
    timers.createIntervalTimer(interval, interval, new TimerConfig("order-feed", false));
  }

  @PreDestroy
  synchronized void stop() {
    listeners.forEach(listener -> listener.sink.close());
    listeners.clear();
  }

  /**
   * Connects a client: staff see every order's events, customers their own.
   *
   * @param lastEventId where the client stopped, or {@code null} to start with the next event
   * @throws ProblemException 400 for a {@code Last-Event-ID} this server never issued
   */
  public synchronized void subscribe(
      Caller caller, String lastEventId, SseEventSink sink, Sse sse) {
    FeedPosition from;
    if (lastEventId == null || lastEventId.isBlank()) {
      from = feed.head();
    } else {
      from =
          FeedPosition.parse(lastEventId.trim())
              .orElseThrow(
                  () ->
                      ProblemException.invalid("Last-Event-ID", "is not an event id of this feed"));
    }
    Listener listener =
        new Listener(sink, sse, caller.isManager() ? null : Long.valueOf(caller.userId()), from);
    // Replay what the client missed before it joins the live events.
    List<FeedEvent> missed;
    do {
      missed = feed.after(listener.position, listener.customerId, BATCH);
      for (FeedEvent event : missed) {
        send(listener, event);
      }
    } while (missed.size() == BATCH && !sink.isClosed());
    sink.send(sse.newEventBuilder().comment("connected").reconnectDelay(2000).build());
    listeners.add(listener);
  }

  @Timeout
  synchronized void poll() {
    listeners.removeIf(listener -> listener.sink.isClosed());
    if (listeners.isEmpty()) {
      return;
    }
    try {
      FeedPosition from = listeners.get(0).position;
      for (Listener listener : listeners) {
        from = listener.position.compareTo(from) < 0 ? listener.position : from;
      }
      List<FeedEvent> events;
      do {
        events = feed.after(from, null, BATCH);
        for (FeedEvent event : events) {
          for (Listener listener : listeners) {
            listener.offer(event);
          }
          from = event.position();
        }
      } while (events.size() == BATCH);
      heartbeat();
    } catch (RuntimeException e) {
      // The next poll starts again from each listener's own position.
      LOG.debugf(e, "order feed poll failed");
    }
  }

  private void heartbeat() {
    long now = System.nanoTime();
    if (now - lastHeartbeat < HEARTBEAT_NANOS) {
      return;
    }
    lastHeartbeat = now;
    for (Iterator<Listener> it = listeners.iterator(); it.hasNext(); ) {
      Listener listener = it.next();
      if (listener.sink.isClosed()) {
        it.remove();
      } else {
        listener.sink.send(listener.sse.newEventBuilder().comment("keep-alive").build());
      }
    }
  }

  private static void send(Listener listener, FeedEvent event) {
    if (listener.sink.isClosed()) {
      return;
    }
    OutboundSseEvent outbound =
        listener
            .sse
            .newEventBuilder()
            .id(event.position().toString())
            .name(event.type())
            .mediaType(MediaType.APPLICATION_JSON_TYPE)
            .data(String.class, event.payload())
            .build();
    listener.sink.send(outbound);
    listener.position = event.position();
  }
}
