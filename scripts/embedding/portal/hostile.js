// What a jQuery-era portal script does once the page has loaded: it appends a
// banner by rewriting the body's HTML, so every element in the body is parsed
// anew (the widgets too, loaded or not), and restyles the body inline with
// inherited text styles and a right-to-left direction.
window.addEventListener('load', () => {
  document.body.innerHTML += '<div class="cookie-banner">Situs ini memakai cookie.</div>';
  document.body.style.cssText +=
    'direction: rtl; line-height: 2.4; letter-spacing: 1px; font-variant: small-caps; font-size: 21px;';
  document.body.dataset.themed = 'done';
});
