// Trims the AWS service specification database (db.json.gz from the npm package
// @aws-cdk/aws-service-spec) to the facts Plinth validates against, and prints it as
// JSON lines: one header line, then one line per resource type, sorted by type name.
//
// Usage: node trim-spec.mjs PATH/TO/db.json.gz PACKAGE_VERSION > resource-spec.jsonl
//
// The line format is documented in compiler-core/spec/README.md. Documentation text,
// metrics, events and regions are dropped: only types, properties, their shapes,
// required flags, replacement behaviour, attributes and primary identifiers stay.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

const [dbPath, version] = process.argv.slice(2);
if (!dbPath || !version) {
  console.error('usage: node trim-spec.mjs DB_JSON_GZ PACKAGE_VERSION');
  process.exit(2);
}

const schema = JSON.parse(gunzipSync(readFileSync(dbPath)).toString('utf8')).schema;
const typeDefs = new Map(schema.typeDefinition.entities.map((t) => [t.$id, t]));
const usesType = schema.usesType.forward;

function fail(message) {
  console.error(`trim-spec: ${message}`);
  process.exit(1);
}

// A shape is written as a compact expression: string, integer, number, boolean, json,
// date-time, tag, List<T>, Map<T>, Union<A,B,...> or #Name for a property type of the
// same resource type.
function shape(type, where) {
  switch (type.type) {
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean':
    case 'json':
    case 'date-time':
    case 'tag':
      return type.type;
    case 'null':
      return 'json';
    case 'array':
      return `List<${shape(type.element, where)}>`;
    case 'map':
      return `Map<${shape(type.element, where)}>`;
    case 'union': {
      const members = [...new Set(type.types.map((t) => shape(t, where)))].sort();
      return members.length === 1 ? members[0] : `Union<${members.join(',')}>`;
    }
    case 'ref': {
      const def = typeDefs.get(type.reference.$ref);
      if (!def) fail(`${where}: dangling type reference ${type.reference.$ref}`);
      return `#${def.name}`;
    }
    default:
      return fail(`${where}: unknown shape kind ${type.type}`);
  }
}

// A property is its shape prefixed by flags: '!' required, '*' always replaces the
// resource when changed, '?' may replace it (depending on the change).
function property(prop, where) {
  let flags = '';
  if (prop.required) flags += '!';
  if (prop.causesReplacement === 'yes') flags += '*';
  else if (prop.causesReplacement === 'maybe') flags += '?';
  return flags + shape(prop.type, where);
}

function sortedObject(entries) {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function properties(props, where) {
  return sortedObject(Object.entries(props ?? {}).map(([name, p]) => [name, property(p, `${where}.${name}`)]));
}

// Attributes keep only whether GetAtt yields a list or a single value; nested objects
// are reachable through their dotted names and are written as json.
function attributeShape(type, where) {
  if (type.type === 'ref' || type.type === 'map') return 'json';
  if (type.type === 'array') return `List<${attributeShape(type.element, where)}>`;
  if (type.type === 'union') return 'json';
  return shape(type, where);
}

const lines = [];
let propertyCount = 0;
let propertyTypeCount = 0;
const resources = [...schema.resource.entities].sort((a, b) =>
  a.cloudFormationType < b.cloudFormationType ? -1 : a.cloudFormationType > b.cloudFormationType ? 1 : 0,
);
for (const r of resources) {
  const type = r.cloudFormationType;
  const definitions = [];
  for (const ref of usesType[r.$id] ?? []) {
    const def = typeDefs.get(ref.$id);
    if (definitions.some(([name]) => name === def.name)) fail(`${type}: two property types named ${def.name}`);
    definitions.push([def.name, properties(def.properties, `${type}.${def.name}`)]);
  }
  const record = {
    t: type,
    p: properties(r.properties, type),
    a: sortedObject(Object.entries(r.attributes ?? {}).map(([n, a]) => [n, attributeShape(a.type, `${type}#${n}`)])),
  };
  if (r.primaryIdentifier?.length) record.pk = r.primaryIdentifier;
  if (definitions.length) record.d = sortedObject(definitions);
  if (r.tagInformation?.tagPropertyName) record.tags = r.tagInformation.tagPropertyName;
  if (r.isStateful) record.stateful = true;
  propertyCount += Object.keys(record.p).length;
  propertyTypeCount += definitions.length;
  lines.push(JSON.stringify(record));
}

const header = {
  format: 'plinth-resource-spec/1',
  source: '@aws-cdk/aws-service-spec',
  version,
  resourceTypes: lines.length,
  properties: propertyCount,
  propertyTypes: propertyTypeCount,
};
process.stdout.write(`${JSON.stringify(header)}\n${lines.join('\n')}\n`);
