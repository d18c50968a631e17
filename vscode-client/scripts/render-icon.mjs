// Renders images/icon.png (128x128) from the SVG below with headless Chromium. Run once by hand
// when the icon changes: `node scripts/render-icon.mjs`; the PNG is committed.
import { chromium } from "playwright-core";

const svg = `
<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#1e3a8a"/><stop offset="1" stop-color="#0f766e"/>
    </linearGradient>
  </defs>
  <rect x="4" y="4" width="120" height="120" rx="24" fill="url(#bg)"/>
  <g fill="none" stroke="#99f6e4" stroke-width="3" stroke-linejoin="round">
    <path d="M30 44 l18 -10 h50 l-18 10 z" fill="#134e4a"/>
    <path d="M80 44 l18 -10 v40 l-18 10 z" fill="#115e59"/>
    <rect x="30" y="44" width="50" height="40" fill="#0f766e"/>
  </g>
  <text x="64" y="110" text-anchor="middle" font-family="DejaVu Sans Mono, monospace" font-size="19"
        font-weight="bold" fill="#ffffff">[N,6,28]</text>
</svg>`;

const browser = await chromium.launch({
  executablePath: "/usr/lib/chromium/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.screenshot({ path: "images/icon.png", omitBackground: true });
await browser.close();
