package io.github.paykka.wire.signature;

import java.security.InvalidKeyException;
import java.security.InvalidParameterException;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.SignatureSpi;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test provider whose SHA256withRSA is the JDK's (SunRsaSign), counting what it signs and verifies, so that a test
 * can tell that the provider it named did the work. It is never installed JVM-wide.
 */
final class CountingProvider extends Provider {
  private static final long serialVersionUID = 1L;

  final transient AtomicInteger signatures = new AtomicInteger();
  final transient AtomicInteger verifications = new AtomicInteger();

  CountingProvider() {
    super("PaykkaCounting", "1", "counts SHA256withRSA signatures and verifications (tests only)");
    putService(new Service(this, "Signature", "SHA256withRSA", CountingSignature.class.getName(), null, null) {
      @Override
      public Object newInstance(Object parameter) throws NoSuchAlgorithmException {
        return new CountingSignature(CountingProvider.this);
      }
    });
  }

  private static final class CountingSignature extends SignatureSpi {
    private final CountingProvider owner;
    private final Signature jdk;

    CountingSignature(CountingProvider owner) throws NoSuchAlgorithmException {
      this.owner = owner;
      try {
        this.jdk = Signature.getInstance("SHA256withRSA", "SunRsaSign");
      } catch (java.security.NoSuchProviderException e) {
        throw new NoSuchAlgorithmException(e);
      }
    }

    @Override
    protected void engineInitVerify(PublicKey publicKey) throws InvalidKeyException {
      jdk.initVerify(publicKey);
    }

    @Override
    protected void engineInitSign(PrivateKey privateKey) throws InvalidKeyException {
      jdk.initSign(privateKey);
    }

    @Override
    protected void engineUpdate(byte b) throws SignatureException {
      jdk.update(b);
    }

    @Override
    protected void engineUpdate(byte[] b, int off, int len) throws SignatureException {
      jdk.update(b, off, len);
    }

    @Override
    protected byte[] engineSign() throws SignatureException {
      owner.signatures.incrementAndGet();
      return jdk.sign();
    }

    @Override
    protected boolean engineVerify(byte[] sigBytes) throws SignatureException {
      owner.verifications.incrementAndGet();
      return jdk.verify(sigBytes);
    }

    @Override
    @Deprecated
    protected void engineSetParameter(String param, Object value) throws InvalidParameterException {
      throw new InvalidParameterException("no parameters");
    }

    @Override
    @Deprecated
    protected Object engineGetParameter(String param) throws InvalidParameterException {
      throw new InvalidParameterException("no parameters");
    }
  }
}
