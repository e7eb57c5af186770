package io.github.paykka.docs.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium for the whole JVM (Debian's {@code chromium} and {@code chromium-driver}; {@code .ci/run}
 * installs them), injected into tests as a {@link WebDriver}; a failed test leaves a screenshot under
 * {@code target/browser-screenshots/}. Without the browser the tests are skipped, except on CI, where they fail.
 */
public final class Browser implements ParameterResolver, TestWatcher {
  static final Path CHROMIUM = Path.of(System.getProperty("paykka.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("paykka.chromedriver", "/usr/bin/chromedriver"));

  /** The JVM's one browser, started on first use and quit when the JVM ends. */
  private static final class Holder {
    /**
     * Selenium warns on stderr that it has no DevTools (CDP) classes for Debian's Chromium version; these tests use
     * WebDriver only. Held here so that the level stays set (java.util.logging keeps loggers weakly).
     */
    static final Logger CDP = quiet("org.openqa.selenium.devtools.CdpVersionFinder");
    static final Logger CHROMIUM_DRIVER = quiet("org.openqa.selenium.chromium.ChromiumDriver");
    static final WebDriver DRIVER = start();

    private static Logger quiet(String name) {
      Logger logger = Logger.getLogger(name);
      logger.setLevel(Level.SEVERE);
      return logger;
    }

    private static WebDriver start() {
      Path profile;
      try {
        profile = Files.createTempDirectory("paykka-chromium-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
      Runtime.getRuntime().addShutdownHook(new Thread(driver::quit, "paykka-browser-quit"));
      return driver;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
    return parameter.getParameter().getType() == WebDriver.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && System.getenv("CI") == null) {
      Assumptions.abort("no " + CHROMIUM + " or " + CHROMEDRIVER + ": apt-get install chromium chromium-driver "
          + "(.ci/run does)");
    }
    if (!present) throw new IllegalStateException("CI: " + CHROMIUM + " and " + CHROMEDRIVER + " are required");
    return Holder.DRIVER;
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    if (!Files.isExecutable(CHROMIUM)) return;
    try {
      byte[] png = ((TakesScreenshot) Holder.DRIVER).getScreenshotAs(OutputType.BYTES);
      Path dir = Path.of("target", "browser-screenshots");
      Files.createDirectories(dir);
      Files.write(dir.resolve(context.getRequiredTestClass().getSimpleName() + "-"
          + context.getRequiredTestMethod().getName() + ".png"), png);
    } catch (IOException | RuntimeException e) {
      cause.addSuppressed(e);
    }
  }
}
