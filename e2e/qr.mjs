// Reads the QR code printed in a PDF the way a phone would see it: pdf.js renders the
// page to a canvas inside Chromium, jsQR decodes the pixels. Both are served from
// node_modules on a made-up origin, so nothing leaves the machine. An image (a photo of
// a card's QR) is read the same way, drawn straight onto the canvas.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const PDFJS = join(dirname(require.resolve('pdfjs-dist/package.json')), 'build');
const JSQR = require.resolve('jsqr/dist/jsQR.js');
const ORIGIN = 'http://qr-reader.invalid';

const PAGE = `<!doctype html><meta charset="utf-8"><title>qr</title>
<script src="/jsQR.js"></script>
<script type="module">
  import * as pdfjs from '/pdf.min.mjs';
  pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.min.mjs';
  window.readQr = async () => {
    const doc = await pdfjs.getDocument({ url: '/document.pdf' }).promise;
    const page = await doc.getPage(1);
    // Large enough for the modules of a URL-sized QR to be several pixels wide.
    const viewport = page.getViewport({ scale: 3 });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    await page.render({ canvasContext: ctx, viewport, canvas }).promise;
    const img = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const code = window.jsQR(img.data, img.width, img.height);
    return { pages: doc.numPages, text: code ? code.data : null };
  };
  window.readImage = async () => {
    const bitmap = await createImageBitmap(await (await fetch('/image.png')).blob());
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    ctx.drawImage(bitmap, 0, 0);
    const img = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const code = window.jsQR(img.data, img.width, img.height);
    return { width: img.width, height: img.height, text: code ? code.data : null };
  };
  window.qrReady = true;
</script>`;

/** Decodes the QR on the first page of `pdf` (a Buffer); returns its text or null. */
export async function qrInPdf(browser, pdf) {
  return read(browser, { '/document.pdf': { body: pdf, contentType: 'application/pdf' } }, () => window.readQr());
}

/** Decodes the QR in `png` (a Buffer); returns `{ width, height, text }`, text null when unread. */
export async function qrInImage(browser, png) {
  return read(browser, { '/image.png': { body: png, contentType: 'image/png' } }, () => window.readImage());
}

async function read(browser, extra, reader) {
  const ctx = await browser.newContext();
  try {
    const page = await ctx.newPage();
    const files = {
      '/': { body: PAGE, contentType: 'text/html' },
      '/jsQR.js': { body: readFileSync(JSQR), contentType: 'text/javascript' },
      '/pdf.min.mjs': { body: readFileSync(join(PDFJS, 'pdf.min.mjs')), contentType: 'text/javascript' },
      '/pdf.worker.min.mjs': { body: readFileSync(join(PDFJS, 'pdf.worker.min.mjs')), contentType: 'text/javascript' },
      ...extra,
    };
    await page.route(`${ORIGIN}/**`, (route) => {
      const file = files[new URL(route.request().url()).pathname];
      return file ? route.fulfill({ status: 200, ...file }) : route.fulfill({ status: 404, body: '' });
    });
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction(() => window.qrReady === true);
    return await page.evaluate(reader);
  } finally {
    await ctx.close();
  }
}
