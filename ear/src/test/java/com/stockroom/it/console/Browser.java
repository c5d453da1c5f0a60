package com.stockroom.it.console;

import com.stockroom.it.Environment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium at 1280x800 (the console's target size) with everything it writes kept under
 * the build directory, and a screenshot after every page the test sees.
 */
final class Browser implements AutoCloseable {

  private static final Duration WAIT = Duration.ofSeconds(20);

  private final ChromeDriver driver;
  private final ChromeDriverService service;
  private final Path screenshots;
  private int shots;

  Browser(String testClass) {
    Path home = Path.of(System.getProperty("it.browser.dir")).resolve(UUID.randomUUID().toString());
    screenshots = Path.of(System.getProperty("it.screenshots.dir")).resolve(testClass);
    try {
      Files.createDirectories(home);
      deleteRecursively(screenshots);
      Files.createDirectories(screenshots);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .usingAnyFreePort()
            .withEnvironment(
                Map.of(
                    "HOME", home.toString(),
                    "XDG_CONFIG_HOME", home.resolve("config").toString(),
                    "XDG_CACHE_HOME", home.resolve("cache").toString()))
            .withLogFile(home.resolve("chromedriver.log").toFile())
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        List.of(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1280,800",
            "--user-data-dir=" + home.resolve("profile")));
    driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1280, 800));
  }

  /** Opens a console path (e.g. {@code /admin/dashboard.xhtml}) and takes its picture. */
  void open(String path, String label) {
    driver.get(Environment.baseUri() + path);
    waitForPage();
    screenshot(label);
  }

  /**
   * Opens a page again and again until {@code until} is on it: data made through the API reaches
   * another user's reads from the replica a moment later.
   */
  void openUntil(String path, String label, By until) {
    new WebDriverWait(driver, WAIT)
        .until(
            d -> {
              driver.get(Environment.baseUri() + path);
              waitForPage();
              return !driver.findElements(until).isEmpty();
            });
    screenshot(label);
  }

  void click(By by, String label) {
    WebElement element = waitFor(by);
    element.click();
    waitForPage();
    screenshot(label);
  }

  void select(By by, String visibleText) {
    new org.openqa.selenium.support.ui.Select(waitFor(by)).selectByVisibleText(visibleText);
  }

  void type(By by, String text) {
    WebElement element = waitFor(by);
    element.clear();
    element.sendKeys(text);
  }

  WebElement waitFor(By by) {
    return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Waits until the element's text contains {@code text}. */
  void waitForText(By by, String text) {
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  boolean isPresent(By by) {
    return !driver.findElements(by).isEmpty();
  }

  List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  String text(By by) {
    return waitFor(by).getText();
  }

  String currentPath() {
    return java.net.URI.create(driver.getCurrentUrl()).getPath();
  }

  void clearCookies() {
    driver.manage().deleteAllCookies();
  }

  ChromeDriver driver() {
    return driver;
  }

  void screenshot(String label) {
    shots++;
    Path file = screenshots.resolve(String.format("%02d-%s.png", shots, label));
    try {
      Files.copy(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          file,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Screenshots of an earlier run of the class would mix with this run's. */
  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (var files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  private void waitForPage() {
    new WebDriverWait(driver, WAIT)
        .until(d -> "complete".equals(driver.executeScript("return document.readyState")));
  }

  @Override
  public void close() {
    driver.quit();
    service.stop();
  }
}
