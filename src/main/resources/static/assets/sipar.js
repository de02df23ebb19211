// htmx requests carry the CSRF token that the layout puts in <meta> tags.
document.addEventListener("htmx:configRequest", (event) => {
  const header = document.querySelector('meta[name="csrf-header"]');
  const token = document.querySelector('meta[name="csrf-token"]');
  if (header && token && token.content) {
    event.detail.headers[header.content] = token.content;
  }
});

// A button with data-copy="<element id>" copies that element's text (the new token's secret) and says so in the
// status element beside it. The clipboard API needs a secure context; elsewhere the text is selected and copied.
document.addEventListener("click", async (event) => {
  const button = event.target.closest("button[data-copy]");
  const source = button && document.getElementById(button.dataset.copy);
  if (!source) {
    return;
  }
  const text = source.textContent.trim();
  let copied = false;
  if (navigator.clipboard && window.isSecureContext) {
    copied = await navigator.clipboard.writeText(text).then(() => true, () => false);
  }
  if (!copied) {
    const range = document.createRange();
    range.selectNodeContents(source);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    copied = document.execCommand("copy");
  }
  const status = button.parentElement.querySelector(".copy-status");
  if (status && copied) {
    status.textContent = button.dataset.copied;
  } else if (copied && button.dataset.copied) {
    const label = button.textContent;
    button.textContent = button.dataset.copied;
    setTimeout(() => { button.textContent = label; }, 1500);
  }
  button.dataset.state = copied ? "copied" : "failed";
});
// Times are shown in the browser's time zone unless one is chosen: remember it for the server (TimeZones), and
// reload a page that was shown in UTC only because the server did not know it yet.
(() => {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!zone || document.cookie.split("; ").some((c) => c.startsWith("sipar_zone="))) {
    return;
  }
  document.cookie = "sipar_zone=" + encodeURIComponent(zone) + "; path=/; max-age=31536000; samesite=lax";
  if (document.querySelector("[data-zone-default]") && zone !== "UTC") {
    location.reload();
  }
})();
