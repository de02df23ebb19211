// htmx requests carry the CSRF token that the layout puts in <meta> tags.
document.addEventListener("htmx:configRequest", (event) => {
  const header = document.querySelector('meta[name="csrf-header"]');
  const token = document.querySelector('meta[name="csrf-token"]');
  if (header && token && token.content) {
    event.detail.headers[header.content] = token.content;
  }
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
