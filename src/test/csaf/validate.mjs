// Validates CSAF 2.0 documents with @secvisogram/csaf-validator-lib: the strict CSAF 2.0 JSON schema and every
// mandatory test (section 6.1 of the standard). Usage: node validate.mjs FILE...
// Prints one JSON array, an element per file in the order given:
//   {"file": ..., "isValid": bool, "problems": [{"test": "mandatoryTest_6_1_1", "instancePath": "/...", "message": ...}]}
// The exit status is 0 when every result could be computed (valid or not), 2 on a usage error.
import { readFile } from 'node:fs/promises'
import validateStrict from '@secvisogram/csaf-validator-lib/validateStrict.js'
import * as mandatory from '@secvisogram/csaf-validator-lib/mandatoryTests.js'
import { csaf_2_0_strict } from '@secvisogram/csaf-validator-lib/schemaTests.js'

const tests = [csaf_2_0_strict, ...Object.values(mandatory)]

async function check(file) {
  let document
  try {
    document = JSON.parse(await readFile(file, 'utf8'))
  } catch (e) {
    return { file, isValid: false, problems: [{ test: 'json', instancePath: '', message: String(e.message) }] }
  }
  const result = await validateStrict(tests, document)
  const problems = result.tests.flatMap((t) =>
    t.errors.map((e) => ({ test: t.name, instancePath: e.instancePath, message: e.message }))
  )
  return { file, isValid: result.isValid, problems }
}

const files = process.argv.slice(2)
if (files.length === 0) {
  console.error('usage: node validate.mjs FILE...')
  process.exit(2)
}
const results = []
for (const file of files) {
  results.push(await check(file))
}
process.stdout.write(JSON.stringify(results) + '\n')
