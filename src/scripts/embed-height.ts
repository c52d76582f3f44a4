// Tells the page that frames this embed how tall it is, so the host can size the frame (README,
// "Embedding"). Only the height is sent: no content of the host is read.
const type = document.body.dataset['heightMessage'];
let reported = 0;

function reportHeight() {
  const height = Math.ceil(document.documentElement.scrollHeight);
  if (!type || height === reported || window.parent === window) return;
  reported = height;
  window.parent.postMessage({ type, height }, '*');
}

new ResizeObserver(reportHeight).observe(document.documentElement);
reportHeight();
