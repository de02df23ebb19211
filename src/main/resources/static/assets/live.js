// The live feed page (stream/live.jte): tells whether the stream is connected, and drops the waiting notice once
// a row has come. The rows themselves are swapped in by htmx's SSE extension; nothing here builds HTML.
(function () {
  'use strict';
  function status(state) {
    var el = document.getElementById('live-status');
    if (el) {
      el.textContent = el.dataset[state];
      el.dataset.state = state;
    }
  }
  document.addEventListener('htmx:sseOpen', function () { status('connected'); });
  document.addEventListener('htmx:sseError', function () { status('disconnected'); });
  document.addEventListener('htmx:sseMessage', function () {
    var empty = document.getElementById('live-empty');
    if (empty) {
      empty.hidden = true;
    }
  });
}());
