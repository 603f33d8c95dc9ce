// Runs before the embed paints: applies ?theme=light|dark (anything else: follow the reader's setting).
(function () {
  var theme = new URLSearchParams(location.search).get('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
})();
