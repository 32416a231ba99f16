/* global document, window, localStorage */
// Runs before the first paint so a dark or Arabic page never flashes light or left-to-right.
// Keys and values mirror src/web/lib/theme.ts and src/web/i18n/language.ts.
(function () {
  var root = document.documentElement;
  try {
    var theme = localStorage.getItem('webnova.theme') || 'system';
    var prefersDark = window.matchMedia('(prefers-color-scheme: dark)').matches;
    if (theme === 'dark' || (theme === 'system' && prefersDark)) root.classList.add('dark');
    var language = localStorage.getItem('webnova.language');
    if (language === 'ar' || language === 'en') {
      root.lang = language;
      root.dir = language === 'ar' ? 'rtl' : 'ltr';
    }
  } catch {
    // Storage can be blocked (private modes); the app falls back to its defaults.
  }
})();
