// SPDX-License-Identifier: GPL-3.0-or-later
// Response schemas from the Cloudentity Swagger 2.0 contracts (tests/data/contracts/cloudentity),
// checked with ajv. A Swagger document is not a JSON Schema: each response schema is wrapped as
// { definitions, ...schema } so its '#/definitions/X' references resolve, x-nullable becomes
// ajv's `nullable`, and the other Swagger extensions (x-go-*, ...) are ignored (strict: false).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const here = path.dirname(fileURLToPath(import.meta.url));
export const contractsDir = path.resolve(here, '../../data/contracts/cloudentity');

// Every `format` string the document uses. The ones ajv-formats knows (date-time, uri, email ...)
// are checked; Swagger's encodings (int64, double ...) and go-swagger's type names (serverID,
// duration ...) only say how a value is encoded, and are accepted as long as `type` holds.
function formatsIn(node, found = new Set()) {
  if (Array.isArray(node)) {
    node.forEach((n) => formatsIn(n, found));
  } else if (node !== null && typeof node === 'object') {
    if (typeof node.format === 'string')
      found.add(node.format);
    Object.values(node).forEach((n) => formatsIn(n, found));
  }
  return found;
}

// Recursive, on a copy:
// - x-nullable: true → nullable: true (ajv understands it next to `type`);
// - additionalProperties: {type: object} alone is how go-swagger writes Go's map[string]interface{}
//   (any JSON value per key, e.g. a static user's authentication_context {"name": "Alice"}), so it
//   becomes additionalProperties: true.
function isGoInterfaceMap(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value) &&
    Object.keys(value).length === 1 && value.type === 'object';
}

function convert(node) {
  if (Array.isArray(node))
    return node.map(convert);
  if (node === null || typeof node !== 'object')
    return node;
  const out = {};
  for (const [key, value] of Object.entries(node))
    out[key] = convert(value);
  if (node['x-nullable'] === true && typeof node.type === 'string')
    out.nullable = true;
  if (isGoInterfaceMap(node.additionalProperties))
    out.additionalProperties = true;
  return out;
}

export class Contract {
  constructor(fileName) {
    this.fileName = fileName;
    this.spec = JSON.parse(readFileSync(path.join(contractsDir, fileName), 'utf8'));
    if (this.spec.swagger !== '2.0')
      throw new Error(`${fileName}: not a Swagger 2.0 document`);
    this.definitions = convert(this.spec.definitions);
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    // format: duration is a Go duration here ("1h0m0s", "720h0m0s"), not ISO 8601's "PT1H".
    this.ajv.addFormat('duration', /^(?:0|[-+]?(?:\d+(?:\.\d+)?(?:ns|us|\u00b5s|ms|s|m|h))+)$/u);
    for (const f of formatsIn(this.spec)) {
      if (!this.ajv.formats[f])
        this.ajv.addFormat(f, true);
    }
    this.cache = new Map();
  }

  // The schema of the documented response `status` of `method pathTemplate` (as written in the
  // spec's paths, e.g. '/servers/{wid}'), following '#/responses/X' references. Throws when the
  // contract does not document that response, or documents it without a body.
  responseSchema(method, pathTemplate, status) {
    const operation = this.spec.paths?.[pathTemplate]?.[method.toLowerCase()];
    if (!operation)
      throw new Error(`${this.fileName}: no operation ${method} ${pathTemplate}`);
    let response = operation.responses?.[String(status)];
    if (!response)
      throw new Error(`${this.fileName}: ${method} ${pathTemplate} documents no ${status} response`);
    const seen = new Set();
    while (response.$ref) {
      const name = response.$ref.replace(/^#\/responses\//, '');
      if (seen.has(name) || !this.spec.responses?.[name])
        throw new Error(`${this.fileName}: unresolvable response reference ${response.$ref}`);
      seen.add(name);
      response = this.spec.responses[name];
    }
    if (!response.schema)
      throw new Error(`${this.fileName}: ${method} ${pathTemplate} ${status} has no body schema`);
    return response.schema;
  }

  validatorFor(schema) {
    const key = JSON.stringify(schema);
    let validate = this.cache.get(key);
    if (!validate) {
      validate = this.ajv.compile({ definitions: this.definitions, ...convert(schema) });
      this.cache.set(key, validate);
    }
    return validate;
  }

  // Errors (ajv's, formatted) of `body` against the documented response; [] when it conforms.
  errors(method, pathTemplate, status, body) {
    const validate = this.validatorFor(this.responseSchema(method, pathTemplate, status));
    if (validate(body))
      return [];
    return validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}` +
      (e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''));
  }

  // Errors of `body` against a named definition, e.g. 'Error'.
  definitionErrors(name, body) {
    if (!this.spec.definitions[name])
      throw new Error(`${this.fileName}: no definition ${name}`);
    const validate = this.validatorFor({ $ref: `#/definitions/${name}` });
    return validate(body) ? [] : validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}`);
  }
}
