// fontkit decodes WOFF2 with a Brotli decoder whose dictionary is 90 kB of the studio's
// download. The studio hands fontkit .woff files only (WOFF 1, zlib), so the site's build puts
// this module in the decoder's place (astro.config.mjs): a WOFF2 file would fail loudly here.
export default function decompress(): never {
  throw new Error('WOFF2 fonts are not supported in the template studio; use .woff');
}
