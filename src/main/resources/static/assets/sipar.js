// htmx requests carry the CSRF token that the layout puts in <meta> tags.
document.addEventListener("htmx:configRequest", (event) => {
  const header = document.querySelector('meta[name="csrf-header"]');
  const token = document.querySelector('meta[name="csrf-token"]');
  if (header && token && token.content) {
    event.detail.headers[header.content] = token.content;
  }
});
