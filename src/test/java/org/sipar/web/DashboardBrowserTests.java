package org.sipar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sipar.support.DemoIntelligencePlatform;

/**
 * Two demo logins open their dashboards in a real browser, in English and in Urdu, and see different threat
 * pictures: the CERT analyst every level down to RED, the ministry's analyst its AMBER+STRICT case and no AMBER
 * or RED. A technique from the dashboard opens with MITRE's notice.
 */
@DemoIntelligencePlatform
class DashboardBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser(new Dimension(1280, 1900));

    @Test
    void theCertAnalystAndTheMinistryAnalystSeeDifferentPicturesInEnglishAndUrdu() throws Exception {
        browser.signIn("analyst@cert.demo", "en");
        assertThat(tags()).contains("TLP:RED", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:GREEN", "TLP:CLEAR");
        assertThat(browser.findElements(By.cssSelector("[data-panel='dashboard.intel.techniques'] li"))).hasSize(10);
        assertThat(panelTitles()).containsExactly("New intelligence", "Intelligence you can see", "Most used techniques",
                "Recent imports");
        browser.screenshot("dashboard-cert-analyst-en");
        browser.switchLanguage("rtl");
        assertThat(panelTitles()).contains("سب سے زیادہ استعمال ہونے والی تکنیکیں", "حالیہ درآمدات");
        assertThat(tags()).contains("TLP:RED");
        browser.screenshot("dashboard-cert-analyst-ur");

        browser.signIn("analyst@moit.demo", "ur");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(tags()).contains("TLP:AMBER+STRICT", "TLP:GREEN", "TLP:CLEAR").doesNotContain("TLP:RED", "TLP:AMBER");
        browser.screenshot("dashboard-ministry-analyst-ur");
        browser.open("/dashboard?lang=en");
        assertThat(panelTitles()).contains("Most used techniques");
        browser.screenshot("dashboard-ministry-analyst-en");
    }

    @Test
    void aTechniqueOnTheDashboardOpensWithMitresNotice() throws Exception {
        browser.signIn("analyst@bank.demo", "en");
        browser.findElement(By.cssSelector("[data-panel='dashboard.intel.techniques'] li a")).click();
        browser.waitFor().until(ExpectedConditions.urlContains("/intel/objects/attack-pattern--"));
        assertThat(browser.findElement(By.cssSelector(".attribution")).getText())
                .contains("The MITRE Corporation", "reproduced and distributed with the permission");
        browser.screenshot("technique-with-mitre-notice-en");
    }

    private List<String> tags() {
        return browser.findElements(By.cssSelector(".panel-tags .tlp")).stream()
                .map(WebElement::getText).map(t -> t.substring(0, t.lastIndexOf(' '))).distinct().toList();
    }

    private List<String> panelTitles() {
        return browser.findElements(By.cssSelector(".panel h2")).stream().map(WebElement::getText).toList();
    }
}
