package io.github.paykka.benchmarks.peer;

import java.security.InvalidParameterException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SignatureException;
import java.security.SignatureSpi;

/**
 * BENCHMARKS ONLY: a provider whose SHA256withRSA accepts every signature without any work, so that the adapter's own
 * per-call cost can be measured apart from cryptography, through the ordinary {@code signatureProvider} setting. It
 * cannot sign. Never use it anywhere else: it verifies nothing.
 */
final class PreVerifiedProvider extends Provider {
  private static final long serialVersionUID = 1L;

  PreVerifiedProvider() {
    super("PaykkaPreVerified", "1", "accepts every SHA256withRSA signature (benchmarks only)");
    putService(new Service(this, "Signature", "SHA256withRSA", Accepting.class.getName(), null, null) {
      @Override
      public Object newInstance(Object parameter) {
        return new Accepting();
      }
    });
  }

  private static final class Accepting extends SignatureSpi {
    @Override
    protected void engineInitVerify(PublicKey publicKey) {}

    @Override
    protected void engineInitSign(PrivateKey privateKey) {
      throw new UnsupportedOperationException("verifies only");
    }

    @Override
    protected void engineUpdate(byte b) {}

    @Override
    protected void engineUpdate(byte[] b, int off, int len) {}

    @Override
    protected byte[] engineSign() throws SignatureException {
      throw new SignatureException("verifies only");
    }

    @Override
    protected boolean engineVerify(byte[] sigBytes) {
      return true;
    }

    @Override
    @Deprecated
    protected void engineSetParameter(String param, Object value) {
      throw new InvalidParameterException("no parameters");
    }

    @Override
    @Deprecated
    protected Object engineGetParameter(String param) {
      throw new InvalidParameterException("no parameters");
    }
  }
}
