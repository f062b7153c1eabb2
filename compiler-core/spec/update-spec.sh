#!/usr/bin/env bash
# Regenerates compiler-core's resource specification data from the npm package
# @aws-cdk/aws-service-spec (Apache-2.0). Needs node and npm.
#
#   compiler-core/spec/update-spec.sh            # newest published version
#   compiler-core/spec/update-spec.sh 0.1.216    # a given version
#
# Review the diff of resource-spec.jsonl (one line per resource type) before committing.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
out="$here/../src/main/resources/dev/plinth/cfn/spec/resource-spec.jsonl"
version=${1:-$(npm view @aws-cdk/aws-service-spec version)}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@aws-cdk/aws-service-spec@$version" > /dev/null && tar xzf ./*.tgz)
node "$here/trim-spec.mjs" "$work/package/db.json.gz" "$version" > "$work/resource-spec.jsonl"
mv "$work/resource-spec.jsonl" "$out"
head -n 1 "$out"
