// Runs before the embed paints. The page is light as served (<html data-theme="light">, also without
// scripts); ?theme=dark makes it dark, ?theme=auto follows the reader's setting; anything else stays light.
(function () {
  var theme = new URLSearchParams(location.search).get('theme');
  if (theme === 'dark') document.documentElement.setAttribute('data-theme', 'dark');
  else if (theme === 'auto') document.documentElement.removeAttribute('data-theme');
})();
