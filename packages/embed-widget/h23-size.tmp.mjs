import * as esbuild from 'esbuild';
import { gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
const h = () => 'sha256-' + randomBytes(32).toString('base64');
const styles = JSON.stringify({ card: 'sha256-C/+IpRDhGbO5L/oDcPIQuKEEG/ygSqAlX+NU5FSZv50=', story: 'sha256-CmDPltRKLgHUZHd2XkhWQvRphKHh61tG9tW2bHQCgr4=' });
const r = await esbuild.build({ entryPoints: [process.cwd() + '/src/embed.ts'], bundle: true, format: 'iife', minify: true, write: false, metafile: true, outfile: '/tmp/e.js',
  target: ['es2022', 'chrome111', 'firefox111', 'safari16.4'], legalComments: 'none', banner: { js: '/*! @ljungby/embed-widget 0.1.0 MIT */' },
  define: { __LK_EMBED_STYLES__: styles, __LK_CONTENT_RANGE__: '"0.1"' } });
const code = r.outputFiles[0].text;
console.log('gzip', gzipSync(code, { level: 9 }).length, 'raw', code.length);
if (process.argv[2]) { const out = Object.values(r.metafile.outputs)[0]; for (const [k, v] of Object.entries(out.inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput)) console.log(String(v.bytesInOutput).padStart(6), k); }
import { writeFileSync } from 'node:fs'; writeFileSync('/tmp/h23-embed.js', code);
