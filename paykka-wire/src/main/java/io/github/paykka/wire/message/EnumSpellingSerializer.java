package io.github.paykka.wire.message;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes a {@link PaymentMethod} in seed 000's enum spelling, for the fields whose examples use it. */
final class EnumSpellingSerializer extends StdSerializer<PaymentMethod> {
  private static final long serialVersionUID = 1L;

  EnumSpellingSerializer() {
    super(PaymentMethod.class);
  }

  @Override
  public void serialize(PaymentMethod value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeString(value.enumSpelling());
  }
}
