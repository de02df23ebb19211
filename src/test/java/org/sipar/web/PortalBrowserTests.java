package org.sipar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.sipar.support.DemoPlatform;

/**
 * The public home page in a real browser, on a desktop and on a phone, in English and Urdu: its sections shown,
 * right to left in Urdu, nothing wider than the phone (nor an awareness article), and every resource it loads from Sipar itself. Screenshots
 * go to target/screenshots/portal-*.png.
 */
@DemoPlatform
class PortalBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void theHomePageReadsWellOnADesktopAndAPhoneInBothLanguages() throws Exception {
        browser.signOut();
        for (String lang : List.of("en", "ur")) {
            browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            open(lang);
            browser.wholePageScreenshot("portal-desktop-" + lang);
            browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
            open(lang);
            assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("the %s home page fits a phone", lang).isTrue();
            browser.screenshot("portal-phone-" + lang);
            browser.open("/awareness/secure-your-whatsapp-account?lang=" + lang);
            assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("the %s article fits a phone", lang).isTrue();
            assertThat(browser.findElement(By.cssSelector(".awareness-article h1")).getText()).isNotBlank();
            browser.wholePageScreenshot("portal-article-phone-" + lang);
        }
        browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    void aWriterCreatesAnArticleWithAHeroImageInTheEditor() throws Exception {
        java.nio.file.Path picture = java.nio.file.Files.createTempFile("hero", ".png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(120, 60, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", picture.toFile());
        browser.signIn("analyst@cert.demo");
        browser.open("/awareness/workroom/new");
        browser.findElement(By.id("title-en")).sendKeys("Browser written guide");
        browser.findElement(By.id("body-en")).sendKeys("Some **text**");
        browser.findElement(By.id("hero")).sendKeys(picture.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#article-form button[type=submit]")).click();
        browser.waitFor().until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("?saved"));
        String hero = browser.findElement(By.cssSelector("img.small-hero")).getAttribute("src");
        assertThat(hero).matches(".*/advisories/media/[0-9a-f-]{36}");
        assertThat((Boolean) browser.script("return document.querySelector('img.small-hero').naturalWidth === 120")).isTrue();
        browser.wholePageScreenshot("portal-article-editor");
        browser.signOut();
        java.nio.file.Files.deleteIfExists(picture);
    }

    private void open(String lang) {
        browser.open("/?lang=" + lang);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo(lang.equals("ur") ? "rtl" : "ltr");
        assertThat(browser.findElements(By.cssSelector(".portal-advisory"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".article-card"))).isNotEmpty();
        assertThat(browser.findElement(By.id("report-incident")).isDisplayed()).isTrue();
        List<?> foreign = (List<?>) browser.script("""
                return performance.getEntriesByType('resource').map(e => e.name)
                    .filter(u => new URL(u).origin !== location.origin);""");
        assertThat(foreign).as("resources from other sites").isEmpty();
    }
}
