// Buttons marked data-print open the browser's print dialog. Kept in a file, not an inline handler, so the site
// works under a strict Content-Security-Policy.
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () { window.print(); });
});
