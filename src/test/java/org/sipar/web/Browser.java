package org.sipar.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One headless Chromium per browser test class, pointed at the running Sipar. A JUnit extension, so that a class
 * declares {@code @RegisterExtension static final Browser browser = new Browser();} and gets it started before its
 * first test (its {@code @BeforeAll} methods included) and quit after its last. The server's port comes from the
 * Spring context, so tests name paths only. The raw driver is {@link #driver()}, for what Selenium does itself.
 */
final class Browser implements BeforeAllCallback, AfterAllCallback {

    /** Chromium's window as {@link Chromium#start()} opens it. */
    static final Dimension WINDOW = new Dimension(1280, 900);
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final Dimension window;
    private ChromeDriver driver;
    private String base;

    Browser() {
        this(WINDOW);
    }

    /** A browser whose window is {@code window}: for pages looked at whole (a dashboard's height, say). */
    Browser(Dimension window) {
        this.window = window;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        driver = Chromium.start();
        if (!window.equals(WINDOW)) {
            driver.manage().window().setSize(window);
        }
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getRequiredProperty("local.server.port");
        base = "http://localhost:" + port;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    String url(String path) {
        return base + path;
    }

    void open(String path) {
        driver.get(url(path));
    }

    WebElement findElement(By by) {
        return driver.findElement(by);
    }

    List<WebElement> findElements(By by) {
        return driver.findElements(by);
    }

    String getCurrentUrl() {
        return driver.getCurrentUrl();
    }

    /** Signs in from a fresh session with a demo login (they all have the demo password), landing on the dashboard. */
    void signIn(String email) {
        signIn(email, null);
    }

    /** As {@link #signIn(String)}, through the sign-in page in {@code lang}, which the session then keeps. */
    void signIn(String email, String lang) {
        signOut();
        open(lang == null ? "/login" : "/login?lang=" + lang);
        driver.findElement(By.id("username")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys("sipar-demo");
        driver.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlContains("/dashboard"));
    }

    /** Forgets the session, and with it the language and time zone the browser was remembered by. */
    void signOut() {
        driver.manage().deleteAllCookies();
    }

    /** Clicks the header's link to the other language and waits for the page to come back in direction {@code dir}. */
    void switchLanguage(String dir) {
        driver.findElement(By.cssSelector("a.lang")).click();
        waitFor().until(d -> dir.equals(d.findElement(By.tagName("html")).getAttribute("dir")));
    }

    WebDriverWait waitFor() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    Object script(String code, Object... args) {
        return driver.executeScript(code, args);
    }

    /** Runs {@code code}, which ends by calling its last argument with the result. */
    Object asyncScript(String code, Object... args) {
        return driver.executeAsyncScript(code, args);
    }

    /** The window as it is, to target/screenshots/{@code name}.png. */
    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    /** The whole page, not just the window: the window grows to the page's height (at most 6000) for the shot. */
    void wholePageScreenshot(String name) throws IOException {
        long height = (Long) script("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(window.getWidth(),
                (int) Math.min(6000, Math.max(window.getHeight(), height + 120))));
        screenshot(name);
        driver.manage().window().setSize(window);
    }

    /** Records every page's Content-Security-Policy violations from before its first script runs. */
    void watchCsp() {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.cspViolations = [];
                document.addEventListener('securitypolicyviolation',
                    e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || '') + ':' + e.lineNumber));"""));
    }

    /** The violations {@link #watchCsp()} recorded on the current page. */
    List<?> cspViolations() {
        return (List<?>) script("return window.cspViolations || []");
    }

    /** Lets the pages of this server read and write the clipboard, as a person's browser would after asking. */
    void grantClipboard() {
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", base,
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    /** What the page's clipboard holds, read in the page. */
    String clipboard() {
        grantClipboard();
        return String.valueOf(asyncScript("const done = arguments[arguments.length - 1];"
                + " navigator.clipboard.readText().then(done, e => done('failed: ' + e));"));
    }
}
