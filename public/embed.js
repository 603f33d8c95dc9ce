// Explainer embeds: sizes every explainer iframe on the page to its content, growing and shrinking.
// Listens for the Pym.js height message; ignores anything not from one of our iframes or not of the
// protocol's exact shape. Self-hosted, no dependencies.
(function () {
  if (window.__explainerEmbeds) return;
  window.__explainerEmbeds = true;
  var pattern = /^pymxPYMx([A-Za-z0-9_-]{1,64})xPYMxheightxPYMx(\d{1,5}(?:\.\d+)?)$/;

  function frames() {
    return document.querySelectorAll('iframe[data-explainer-embed]');
  }

  function originOf(frame) {
    try {
      return new URL(frame.src, location.href).origin;
    } catch {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    if (typeof event.data !== 'string') return;
    var match = pattern.exec(event.data);
    if (!match) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (frame.contentWindow !== event.source || originOf(frame) !== event.origin) continue;
      var height = Math.ceil(Number(match[2]));
      if (height > 0 && height <= 20000) {
        frame.style.height = height + 'px';
        frame.setAttribute('scrolling', 'no');
      }
      return;
    }
  });

  // Ask each embed for its height when the page's width changes (the Pym.js "width" message).
  function announceWidths() {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      var origin = originOf(frame);
      if (frame.contentWindow && origin) {
        frame.contentWindow.postMessage('pymxPYMxexplainerxPYMxwidthxPYMx' + frame.offsetWidth, origin);
      }
    }
  }
  var timer;
  window.addEventListener('resize', function () {
    clearTimeout(timer);
    timer = setTimeout(announceWidths, 100);
  });
})();
