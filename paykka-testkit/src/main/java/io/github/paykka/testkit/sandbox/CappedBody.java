package io.github.paykka.testkit.sandbox;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;

/** A response body handler that keeps the first bytes of an answer and discards the rest, however long it is. */
final class CappedBody {
  private CappedBody() {}

  static HttpResponse.BodyHandler<byte[]> handler(int cap) {
    return info -> {
      ByteArrayOutputStream kept = new ByteArrayOutputStream();
      return HttpResponse.BodySubscribers.mapping(
          HttpResponse.BodySubscribers.fromSubscriber(new java.util.concurrent.Flow.Subscriber<List<ByteBuffer>>() {
            @Override
            public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
              subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(List<ByteBuffer> buffers) {
              for (ByteBuffer b : buffers) {
                int take = Math.min(b.remaining(), cap - kept.size());
                if (take > 0) {
                  byte[] part = new byte[take];
                  b.get(part);
                  kept.write(part, 0, take);
                }
              }
            }

            @Override
            public void onError(Throwable throwable) {
              // the exchange fails; the caller records the error
            }

            @Override
            public void onComplete() {
              // nothing more to keep
            }
          }),
          ignored -> kept.toByteArray());
    };
  }
}
