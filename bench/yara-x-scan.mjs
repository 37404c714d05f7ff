// Scans a folder with YARA-X through its Node binding, printing "RULE PATH" lines like `yara`
// so bench/compare.sh can diff the three tools. Compile time goes to stderr.
//
//   node scan.mjs [-d name=value]... [--check] ns1:rules1.yar [ns2:rules2.yar ...] TARGET
//
// --check compiles each rule file on its own and prints the files YARA-X rejects (one per
// line, with the first error), then exits: compare.sh uses it to pick the files all tools accept.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const yarax = require('@litko/yara-x-linux-x64-gnu');

const args = process.argv.slice(2);
const variables = {};
const sources = [];
let check = false;
let target = null;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '-d') {
    const [name, ...rest] = args[++i].split('=');
    variables[name] = rest.join('=');
  } else if (a === '--check') {
    check = true;
  } else if (i === args.length - 1 && !check) {
    target = a;
  } else {
    const colon = a.indexOf(':');
    const ns = colon > 0 ? a.slice(0, colon) : undefined;
    const path = colon > 0 ? a.slice(colon + 1) : a;
    sources.push({ source: readFileSync(path, 'latin1'), namespace: ns, path });
  }
}

if (check) {
  for (const s of sources) {
    const result = yarax.validate(s.source, { defineVariables: variables });
    if (result.errors.length > 0) console.log(`${s.path}\t${result.errors[0].message.split('\n')[0]}`);
  }
  process.exit(0);
}

const started = process.hrtime.bigint();
const rules = yarax.create();
for (const [name, value] of Object.entries(variables)) rules.defineVariable(name, value);
rules.addRuleSources(sources.map(s => ({ source: s.source, namespace: s.namespace })));
const compiled = process.hrtime.bigint();
process.stderr.write(`compile ${Number(compiled - started) / 1e9} s\n`);

const out = [];
const walk = dir => {
  let names;
  try { names = readdirSync(dir); } catch { return; }
  for (const name of names) {
    const path = join(dir, name);
    let st;
    try { st = statSync(path); } catch { continue; }
    if (st.isDirectory()) walk(path);
    else if (st.isFile()) {
      let matches;
      try { matches = rules.scanFile(path); } catch (e) { process.stderr.write(`error scanning ${path}: ${e.message}\n`); continue; }
      for (const m of matches) out.push(`${m.ruleIdentifier} ${path}`);
      if (out.length > 4096) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; }
    }
  }
};
walk(target);
if (out.length > 0) process.stdout.write(out.join('\n') + '\n');
process.stderr.write(`scan ${Number(process.hrtime.bigint() - compiled) / 1e9} s\n`);
