package org.sipar.advisory.internal.subscription;

import java.util.List;
import org.sipar.platform.Ui;

/** The plain text body of an advisory mail: what its HTML body says, line by line. */
final class SubscriptionText {

    private SubscriptionText() {
    }

    static String of(Ui ui, List<MailItem> items, boolean digest, String unsubscribe) {
        StringBuilder text = new StringBuilder();
        if (digest) {
            text.append(ui.t("advisory.subscription.mail.digestIntro")).append("\n\n");
        }
        items.forEach(item -> item(text, ui, item));
        text.append("-- \n").append(ui.t("advisory.subscription.mail.footer")).append('\n')
                .append(ui.t("advisory.subscription.mail.unsubscribe")).append(": ").append(unsubscribe).append('\n');
        return text.toString();
    }

    private static void item(StringBuilder text, Ui ui, MailItem item) {
        text.append(item.title()).append('\n').append(item.trackingId());
        if (item.severity() != null) {
            text.append(" · ").append(ui.t("advisory.severity." + item.severity()));
        }
        text.append(" · TLP:").append(item.tlp()).append("\n\n");
        if (item.withdrawn()) {
            text.append(ui.t("advisory.subscription.mail.withdrawn")).append("\n\n");
        }
        if (item.translationMissing()) {
            text.append(ui.t("advisory.subscription.mail.translationMissing")).append("\n\n");
        }
        text.append(item.summary()).append("\n\n");
        if (!item.cves().isEmpty()) {
            text.append(ui.t("advisory.subscription.mail.cves")).append(": ").append(String.join(", ", item.cves())).append('\n');
        }
        if (!item.products().isEmpty()) {
            text.append(ui.t("advisory.subscription.mail.products")).append(": ").append(String.join(", ", item.products())).append('\n');
        }
        text.append(ui.t("advisory.subscription.mail.read")).append(": ").append(item.pageUrl()).append("\n\n");
    }
}
