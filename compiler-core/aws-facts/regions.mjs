// Prints the AWS regions the npm package @aws-cdk/region-info knows, each with its partition,
// as one JSON object sorted by region name: {"af-south-1":"aws", …, "us-gov-west-1":"aws-us-gov"}.
//
// Usage: node regions.mjs PATH/TO/package > regions.json
//
// Only names and partitions are kept; the package's other facts (service principals, ELB
// account ids and the rest) are not read. update-aws-facts.sh runs this.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const [packageDir] = process.argv.slice(2);
if (!packageDir) {
  console.error('usage: node regions.mjs REGION_INFO_PACKAGE_DIR');
  process.exit(2);
}
const { RegionInfo } = createRequire(import.meta.url)(resolve(packageDir, 'lib/index.js'));

const regions = {};
for (const region of RegionInfo.regions) {
  if (!region.partition) {
    console.error(`regions: ${region.name} has no partition`);
    process.exit(1);
  }
  regions[region.name] = region.partition;
}
const sorted = Object.fromEntries(Object.entries(regions).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
process.stdout.write(`${JSON.stringify(sorted)}\n`);
