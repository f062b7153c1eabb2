#!/usr/bin/env bash
# Regenerates compiler-core's AWS facts (regions, zones, EC2 instance types) from
#   - the npm package @aws-cdk/region-info (Apache-2.0): the regions and their partitions;
#   - the Python package moto (Apache-2.0), installed: instance types (vCPUs, memory,
#     architectures), their offerings per region, and zones;
#   - the Python package cfn-lint (MIT-0), installed: zones per region, instance type names.
# Needs node, npm and python3 with moto and cfn-lint at the versions pinned below (PyPI may be
# out of reach: the script reads the installed packages and refuses other versions).
#
#   compiler-core/aws-facts/update-aws-facts.sh                    # the pinned versions
#   compiler-core/aws-facts/update-aws-facts.sh 2.270.0            # another @aws-cdk/region-info
#   MOTO_VERSION=5.2.2 CFN_LINT_VERSION=1.52.0 compiler-core/aws-facts/update-aws-facts.sh
#
# Review the diff before committing: one line per region and per instance type.
set -euo pipefail

region_info_version=${1:-2.269.0}
moto_version=${MOTO_VERSION:-5.2.1}
cfn_lint_version=${CFN_LINT_VERSION:-1.51.0}

here=$(cd "$(dirname "$0")" && pwd)
out="$here/../src/main/resources/dev/plinth/aws"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@aws-cdk/region-info@$region_info_version" > /dev/null && tar xzf ./*.tgz)
node "$here/regions.mjs" "$work/package" > "$work/regions.json"
mkdir -p "$work/out"
python3 "$here/trim-aws-facts.py" "$work/regions.json" "$region_info_version" "$moto_version" "$cfn_lint_version" "$work/out"
mkdir -p "$out"
mv "$work/out/regions.jsonl" "$work/out/instance-types.jsonl" "$out/"
head -n 1 "$out/regions.jsonl"
head -n 1 "$out/instance-types.jsonl"
